import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import type { Caller } from '../../support/unwrap.ts';

const PIN = '97130542';
const NEW_PIN = '80264153';
const pad: Caller = { caller: 'window:7', token: undefined };

/** Every line anything in this process wrote to the console while the test ran. */
const consoleLines: string[] = [];
beforeEach(() => {
  consoleLines.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
});
afterEach(() => vi.restoreAllMocks());

/** Every file in the data folder (database, its WAL, backups), as text: where a secret written down would be. */
function everyFileIn(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe('no PIN, staff token or recovery code ever reaches the visit log, a log line or a file', () => {
  it('after setup, wrong and right PINs, a lockout, recovery, staff calls and an assisted visit', async () => {
    let now = Date.UTC(2026, 11, 6, 10, 0);
    const warned: string[] = [];
    const kiosk = testKiosk({ now: () => new Date(now), warn: (line) => warned.push(line) });
    const secrets: string[] = [PIN, NEW_PIN];

    const settings = await call(kiosk, 'getSettings', {});
    const setup = await call<CallResponse<'setupKiosk'>>(kiosk, 'setupKiosk', { settings, pin: PIN }, pad);
    secrets.push(setup.session.token, setup.recoveryCode, setup.recoveryCode.replaceAll('-', ''));
    const { visitId } = await call<{ visitId: string }>(
      kiosk,
      'startVisit',
      { locale: 'en', assisted: true },
      { caller: pad.caller, token: setup.session.token },
    );
    await call(kiosk, 'recordEvent', { visitId, kind: 'browse_viewed', locale: 'en' });

    for (const wrong of ['1111', '22222', '333333', '4444444', '55555555', PIN])
      await kiosk.dispatch('staffSignIn', { pin: wrong }, pad);
    now += 5 * 60_000;
    const right = await call<CallResponse<'staffSignIn'>>(kiosk, 'staffSignIn', { pin: PIN }, pad);
    secrets.push(right.session.token);
    await call(kiosk, 'getHealth', {}, { caller: pad.caller, token: right.session.token });
    await kiosk.dispatch('staffRecover', { recoveryCode: 'ABCD-EFGH-JKMN', newPin: NEW_PIN }, pad);
    const recovered = await call<CallResponse<'staffRecover'>>(
      kiosk,
      'staffRecover',
      { recoveryCode: setup.recoveryCode, newPin: NEW_PIN },
      pad,
    );
    secrets.push(recovered.session.token, recovered.recoveryCode, recovered.recoveryCode.replaceAll('-', ''));
    // Tokens sent where they are refused, and a malformed request carrying a PIN: still never echoed.
    await kiosk.dispatch('getReviewList', {}, { caller: 'window:8', token: recovered.session.token });
    await kiosk.dispatch('staffSignIn', { pin: PIN, note: NEW_PIN }, pad);
    await kiosk.dispatch('staffSignOut', {}, pad);
    kiosk.close();

    const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
    const visitLog = JSON.stringify(db.prepare('SELECT * FROM visit_event').all());
    const daily = JSON.stringify(db.prepare('SELECT * FROM visit_rollup').all());
    db.close();
    const files = everyFileIn(kiosk.dataDir);
    const lines = [...warned, ...consoleLines].join('\n');
    for (const secret of secrets) {
      expect(visitLog, 'the visit log').not.toContain(secret);
      expect(daily, 'the daily counts').not.toContain(secret);
      expect(lines, 'the log lines').not.toContain(secret);
      expect(files, 'the data folder').not.toContain(secret);
    }
    // The visit log knows the visit was assisted, and nothing of who helped.
    expect(visitLog).toContain('"assisted":1');
    expect(visitLog).not.toMatch(/window:7|staff|pin/i);
  });
});
