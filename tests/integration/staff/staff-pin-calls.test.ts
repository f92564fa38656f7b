import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { signInStaff, TEST_PIN } from '../../support/staff.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import type { Caller } from '../../support/unwrap.ts';

/**
 * The calls of the PIN's life after the first sign-in, against a real database: kiosk.json's one-time
 * setup code for the first PIN, changing the PIN, and leaving the kiosk for maintenance. The service's
 * rules on fakes are in tests/unit/core/staff/staff-pin-change.test.ts; the token refusals of the staff
 * calls in staff-calls-refused.test.ts.
 */
type Kiosk = ReturnType<typeof testKiosk>;
const anonymous = (caller: string): Caller => ({ caller, token: undefined });
const status = (kiosk: Kiosk, from: Caller = anonymous('pad')) =>
  call<CallResponse<'getStaffStatus'>>(kiosk, 'getStaffStatus', {}, from);

const SETUP_CODE = 'Lobby-Setup-2026';
const PROVISIONED = { centreName: 'Harbour Library', region: 'HK', staffSetupCode: SETUP_CODE };

/** Every byte the kiosk keeps in its data folder, but kiosk.json itself. */
function dataFolderBytes(dataDir: string): string {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'kiosk.json')
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe("kiosk.json's staff setup code", () => {
  it('never reaches getSettings nor the data folder; the first PIN needs it, wrong ones count, and it is spent', async () => {
    // Fresh (no template): the template kiosk would hash the code at the kiosk's own scrypt cost.
    const warnings: string[] = [];
    const kiosk = testKiosk({ kioskJson: PROVISIONED, fresh: true, warn: (m) => warnings.push(m) });
    const settings = await call<Record<string, unknown>>(kiosk, 'getSettings', {});
    expect(settings.centreName).toBe('Harbour Library');
    expect(Object.keys(settings)).not.toContain('staffSetupCode');
    expect(JSON.stringify(settings).toUpperCase()).not.toContain('LOBBYSETUP2026');
    expect(await status(kiosk)).toMatchObject({ pinSet: false, setupAvailable: false, setupCodeNeeded: true });

    expect(await kiosk.dispatch('setStaffPin', { pin: '5071' }, anonymous('pad'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await kiosk.dispatch('setStaffPin', { pin: '5071', setupCode: 'WRONGCODE9' }, anonymous('pad')),
    ).toMatchObject({ ok: false, error: { code: 'wrong_pin', triesLeft: 4 } });
    // Typed in any case and without the dashes it was written with.
    const first = await call<CallResponse<'setStaffPin'>>(
      kiosk,
      'setStaffPin',
      { pin: '5071', setupCode: 'lobbysetup2026' },
      anonymous('pad'),
    );
    expect(first.recoveryCode).toMatch(/^[A-Z2-9-]{14}$/);
    expect(await status(kiosk)).toMatchObject({ pinSet: true, setupCodeNeeded: false, triesLeft: 5 });
    kiosk.close();

    // The same kiosk.json at the next start arms nothing again; nothing holds the code in plain text.
    const restarted = testKiosk({ dataDir: kiosk.dataDir });
    expect(await status(restarted)).toMatchObject({ pinSet: true, setupCodeNeeded: false });
    restarted.close();
    expect(dataFolderBytes(kiosk.dataDir).toUpperCase()).not.toContain('LOBBYSETUP2026');
    // Nor any log line, and no "anyone may choose the PIN" warning: the code guards it.
    expect(warnings.join('\n').toUpperCase()).not.toMatch(/LOBBY-?SETUP-?2026|NO STAFF PIN YET/);
  });

  it('a code that is not 8 to 32 letters and digits stops start-up, naming the field but never the code', () => {
    const startUp = () =>
      testKiosk({ kioskJson: { centreName: 'Harbour', staffSetupCode: 'secret!!secret' }, fresh: true });
    expect(startUp).toThrow(/staffSetupCode that is not valid: it must be 8 to 32 letters and digits/);
    expect(startUp).not.toThrow(/secret!!secret/);
  });

  it('without one, the first PIN is open to whoever opens the pad, and start-up warns about it', async () => {
    const warnings: string[] = [];
    const kiosk = testKiosk({ kioskJson: { centreName: 'Open Centre' }, warn: (m) => warnings.push(m), fresh: true });
    expect(warnings.filter((w) => w.includes('No staff PIN yet'))).toHaveLength(1);
    expect(await status(kiosk)).toMatchObject({ pinSet: false, setupCodeNeeded: false });
    await expect(call(kiosk, 'setStaffPin', { pin: '5071' }, anonymous('pad'))).resolves.toHaveProperty('session');
  });
});

describe('changing the staff PIN', () => {
  it('needs the current PIN (a wrong one counts against the lock); the new PIN signs in, the recovery code still works', async () => {
    const kiosk = testKiosk();
    const settings = await call(kiosk, 'getSettings', {});
    const { session, recoveryCode } = await call<CallResponse<'setupKiosk'>>(
      kiosk,
      'setupKiosk',
      { settings, pin: TEST_PIN },
      anonymous('pad'),
    );
    const staff = { caller: 'pad', token: session.token };
    expect(await kiosk.dispatch('changeStaffPin', { currentPin: '0000', newPin: '8642' }, staff)).toMatchObject({
      ok: false,
      error: { code: 'wrong_pin', triesLeft: 4 },
    });
    expect(await status(kiosk)).toMatchObject({ triesLeft: 4 });
    await call(kiosk, 'changeStaffPin', { currentPin: TEST_PIN, newPin: '8642' }, staff);
    expect(await kiosk.dispatch('staffSignIn', { pin: TEST_PIN }, anonymous('pad'))).toMatchObject({ ok: false });
    await expect(call(kiosk, 'staffSignIn', { pin: '8642' }, anonymous('pad'))).resolves.toHaveProperty('session');
    await expect(
      call(kiosk, 'staffRecover', { recoveryCode, newPin: '1357' }, anonymous('pad')),
    ).resolves.toHaveProperty('recoveryCode');
  });
});

describe('exiting the kiosk', () => {
  it('asks the shell to quit once, for staff only; the page learns it can from getStaffStatus', async () => {
    let exits = 0;
    const kiosk = testKiosk({ exit: () => exits++ });
    expect(await status(kiosk)).toMatchObject({ canExitKiosk: true });
    expect(await kiosk.dispatch('exitKiosk', {}, anonymous('window:1'))).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(exits).toBe(0);
    const staff = await signInStaff(kiosk, 'window:1');
    expect(await call(kiosk, 'exitKiosk', {}, staff)).toEqual({ exiting: true });
    expect(exits).toBe(1);
  });

  it('the browser shell (no exit given) answers not_supported, and says so before anyone asks', async () => {
    const kiosk = testKiosk();
    expect(await status(kiosk)).toMatchObject({ canExitKiosk: false });
    const staff = await signInStaff(kiosk, 'page:one');
    expect(await kiosk.dispatch('exitKiosk', {}, staff)).toMatchObject({
      ok: false,
      error: { code: 'not_supported' },
    });
  });
});
