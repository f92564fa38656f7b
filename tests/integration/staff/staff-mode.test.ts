import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { signInStaff, TEST_PIN } from '../../support/staff.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import type { Caller } from '../../support/unwrap.ts';

type Kiosk = ReturnType<typeof testKiosk>;
const MINUTE = 60_000;
const anonymous = (caller: string): Caller => ({ caller, token: undefined });

function readDb<T>(dataDir: string, sql: string): T[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const status = (kiosk: Kiosk, from: Caller = anonymous('pad')) =>
  call<CallResponse<'getStaffStatus'>>(kiosk, 'getStaffStatus', {}, from);

describe('the staff PIN pad, against a real database', () => {
  it('keeps counting wrong tries and the lock across a restart of the kiosk', async () => {
    let now = Date.UTC(2026, 11, 6, 10, 0);
    const first = testKiosk({ now: () => new Date(now) });
    await signInStaff(first);
    for (let i = 0; i < 3; i++) await first.dispatch('staffSignIn', { pin: '0000' }, anonymous('pad'));
    first.close();

    const second = testKiosk({ dataDir: first.dataDir, now: () => new Date(now) });
    expect(await status(second)).toMatchObject({ pinSet: true, triesLeft: 2, lockedForSeconds: 0 });
    await second.dispatch('staffSignIn', { pin: '0000' }, anonymous('pad'));
    expect(await second.dispatch('staffSignIn', { pin: '0000' }, anonymous('pad'))).toMatchObject({
      ok: false,
      error: { code: 'too_many_attempts', retryAfterSeconds: 300 },
    });
    second.close();

    now += 2 * MINUTE;
    const third = testKiosk({ dataDir: first.dataDir, now: () => new Date(now) });
    expect(await status(third)).toMatchObject({ lockedForSeconds: 180 });
    expect(await third.dispatch('staffSignIn', { pin: TEST_PIN }, anonymous('pad'))).toMatchObject({
      ok: false,
      error: { code: 'too_many_attempts', retryAfterSeconds: 180 },
    });
  });

  it("stores the kiosk's own scrypt cost and hashes only, never the PIN or the recovery code", async () => {
    // Started without the tests' cheap cost: the kiosk's own.
    const kiosk = testKiosk({ pinHashCost: undefined });
    const settings = await call<KioskSettings>(kiosk, 'getSettings', {});
    const { recoveryCode } = await call<CallResponse<'setupKiosk'>>(
      kiosk,
      'setupKiosk',
      { settings, pin: '97130542' },
      anonymous('pad'),
    );
    const [row] = readDb<Record<string, unknown>>(kiosk.dataDir, 'SELECT * FROM staff_access');
    expect(row?.pin_hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(row?.recovery_hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(JSON.stringify(row)).not.toContain('97130542');
    expect(JSON.stringify(row)).not.toContain(recoveryCode.replaceAll('-', ''));
  });
});

describe('first-run setup', () => {
  const centre = {
    centreName: 'Riverside Library',
    region: 'UK',
    locales: ['en', 'zh-Hant', 'ar'],
    defaultLocale: 'zh-Hant',
    paperSize: 'Letter',
    idle: { warnAfterSeconds: 90, countdownSeconds: 20 },
    help: { staffLocation: 'Ask at the desk by the entrance' },
  };

  it("stores the centre's settings, which serve at once and outlive a restart, and answers the recovery code once", async () => {
    const kiosk = testKiosk();
    expect(await status(kiosk)).toEqual({
      pinSet: false,
      setupAvailable: true,
      lockedForSeconds: 0,
      triesLeft: 5,
      signedIn: false,
      setupCodeNeeded: false,
      canExitKiosk: false,
    });
    const answer = await call<CallResponse<'setupKiosk'>>(
      kiosk,
      'setupKiosk',
      { settings: centre, pin: '5071' },
      anonymous('pad'),
    );
    expect(answer.recoveryCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const staff = { caller: 'pad', token: answer.session.token };
    expect(await status(kiosk, staff)).toMatchObject({ pinSet: true, setupAvailable: false, signedIn: true });
    const served = await call<KioskSettings>(kiosk, 'getSettings', {});
    expect(served).toMatchObject({ ...centre, idle: { ...centre.idle, workingSeconds: 300 } });
    // The region's hotlines are served at once: the content was compiled for the new region.
    expect((await call<CallResponse<'getSafetyAdvice'>>(kiosk, 'getSafetyAdvice', { locale: 'en' })).region).toBe('UK');
    kiosk.close();

    const restarted = testKiosk({ dataDir: kiosk.dataDir });
    expect(await call<KioskSettings>(restarted, 'getSettings', {})).toEqual(served);
    expect(await status(restarted)).toMatchObject({ pinSet: true, setupAvailable: false, signedIn: false });
    expect(
      await restarted.dispatch('setupKiosk', { settings: { centreName: 'Someone Else' }, pin: '1111' }, anonymous('x')),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(call(restarted, 'staffSignIn', { pin: '5071' }, anonymous('pad'))).resolves.toHaveProperty('session');
  });

  it('names every field that is wrong, and stores nothing', async () => {
    const kiosk = testKiosk();
    const result = await kiosk.dispatch(
      'setupKiosk',
      {
        settings: {
          centreName: ' ',
          region: 'Mars',
          locales: ['en', 'fr'],
          paperSize: 'A3',
          idle: { warnAfterSeconds: 5 },
          help: { staffLocation: 'x'.repeat(200) },
          printr: 'Office',
        },
        pin: '12a4',
      },
      anonymous('pad'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(
      [
        'pin',
        'settings',
        'settings.centreName',
        'settings.help.staffLocation',
        'settings.idle.warnAfterSeconds',
        'settings.locales.1',
        'settings.paperSize',
        'settings.region',
      ].sort(),
    );
    expect(await status(kiosk)).toMatchObject({ pinSet: false, setupAvailable: true });
    expect((await call<KioskSettings>(kiosk, 'getSettings', {})).centreName).toBe('Community Centre');
  });

  it('is not offered on a kiosk that kiosk.json provisioned: its staff choose the first PIN, once', async () => {
    const kiosk = testKiosk({ kioskJson: { centreName: 'Provisioned Centre', region: 'HK' } });
    expect(await status(kiosk)).toMatchObject({ pinSet: false, setupAvailable: false });
    expect(await kiosk.dispatch('setupKiosk', { settings: centre, pin: '5071' }, anonymous('pad'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await call<KioskSettings>(kiosk, 'getSettings', {})).centreName).toBe('Provisioned Centre');
    const first = await call<CallResponse<'setStaffPin'>>(kiosk, 'setStaffPin', { pin: '5071' }, anonymous('pad'));
    expect(first.recoveryCode).toMatch(/^[A-Z2-9-]{14}$/);
    expect(await kiosk.dispatch('setStaffPin', { pin: '9999' }, anonymous('other'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('staff sessions and visits', () => {
  const visitRows = (kiosk: Kiosk) =>
    readDb<{ visit_id: string; kind: string; assisted: number | null }>(
      kiosk.dataDir,
      "SELECT visit_id, kind, assisted FROM visit_event WHERE kind = 'visit_started' ORDER BY id",
    );

  it("an assisted visit needs staff, keeps staff mode open and is logged as assisted; a visitor's visit ends it", async () => {
    const kiosk = testKiosk();
    const staff = await signInStaff(kiosk, 'window:1');
    const other = await signInStaff(kiosk, 'window:2');
    expect(await kiosk.dispatch('startVisit', { locale: 'ar', assisted: true }, anonymous('window:1'))).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const assisted = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'ar', assisted: true }, staff);
    expect(await status(kiosk, staff)).toMatchObject({ signedIn: true });
    await expect(call(kiosk, 'getHealth', {}, staff)).resolves.toHaveProperty('voices');

    // The visitor reset: a new visitor's visit from the same window closes staff mode there, only there.
    const visitor = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'ar' }, staff);
    expect(await kiosk.dispatch('getHealth', {}, staff)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await status(kiosk, other)).toMatchObject({ signedIn: true });
    expect(visitRows(kiosk)).toEqual([
      { visit_id: assisted.visitId, kind: 'visit_started', assisted: 1 },
      { visit_id: visitor.visitId, kind: 'visit_started', assisted: 0 },
    ]);
  });

  it("sign-out ends the caller's session at once, and asks for no token", async () => {
    const kiosk = testKiosk();
    const staff = await signInStaff(kiosk, 'page:one');
    await call(kiosk, 'staffSignOut', {}, anonymous('page:one'));
    expect(await kiosk.dispatch('getReviewList', {}, staff)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    await expect(call(kiosk, 'staffSignOut', {}, anonymous('page:one'))).resolves.toEqual({ signedOut: true });
  });

  it("a staff call keeps the session for five more minutes; asking the pad's status does not", async () => {
    let now = Date.UTC(2026, 11, 6, 10, 0);
    const kiosk = testKiosk({ now: () => new Date(now) });
    const staff = await signInStaff(kiosk);
    now += 4 * MINUTE;
    await call(kiosk, 'getReviewList', {}, staff);
    now += 4 * MINUTE;
    expect(await status(kiosk, staff)).toMatchObject({ signedIn: true });
    now += MINUTE;
    expect(await status(kiosk, staff)).toMatchObject({ signedIn: false });
    expect(await kiosk.dispatch('getReviewList', {}, staff)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('an assisted walkthrough keeps staff mode open while the volunteer touches only visitor screens; five quiet minutes still end it', async () => {
    let now = Date.UTC(2026, 11, 6, 10, 0);
    const kiosk = testKiosk({ now: () => new Date(now) });
    const staff = await signInStaff(kiosk, 'page:assisted');
    const peeking = await signInStaff(kiosk, 'page:peek');
    const { visitId } = await call<{ visitId: string }>(
      kiosk,
      'startVisit',
      { locale: 'zh-Hant', assisted: true },
      staff,
    );
    // Twenty minutes of steps: each one a visitor call (the step's log event) carrying the page's token.
    for (let step = 0; step < 5; step++) {
      now += 4 * MINUTE;
      await call(
        kiosk,
        'recordEvent',
        { visitId, kind: 'tutorial_step_viewed', tutorialId: 'iphone-turn-off-facetime', stepIndex: step },
        staff,
      );
      // The page that only peeked at staff mode (no assisted visit) is not kept open by its visitor calls.
      await call(kiosk, 'listLocales', {}, peeking);
    }
    expect(await status(kiosk, staff)).toMatchObject({ signedIn: true });
    expect(await status(kiosk, peeking)).toMatchObject({ signedIn: false });
    now += 5 * MINUTE;
    expect(await kiosk.dispatch('getHealth', {}, staff)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('a restart signs everyone out: sessions are held in memory only', async () => {
    const kiosk = testKiosk();
    const staff = await signInStaff(kiosk);
    kiosk.close();
    const restarted = testKiosk({ dataDir: kiosk.dataDir });
    expect(await restarted.dispatch('getHealth', {}, staff)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    // Nothing of a session is written down: the one staff table holds hashes and the lockout.
    const columns = readDb<{ name: string }>(kiosk.dataDir, "SELECT name FROM pragma_table_info('staff_access')");
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'pin_hash',
      'recovery_hash',
      'failures',
      'lockouts',
      'locked_until',
    ]);
  });
});
