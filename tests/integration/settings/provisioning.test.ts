import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createKiosk, DATABASE_FILE, StartupError } from '../../../electron/core/create-core.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';

function startWith(kioskJsonText: string) {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'kiosk.json'), kioskJsonText);
  return () => createKiosk({ dataDir, appRoot: REPO_ROOT, warn: () => {} });
}

describe('settings provisioning from kiosk.json', () => {
  it('use the defaults when there is no kiosk.json', async () => {
    const settings = await call(testKiosk(), 'getSettings', {});
    expect(settings).toEqual({
      centreName: 'Community Centre',
      region: 'generic',
      locales: [...LOCALES],
      defaultLocale: 'en',
      idle: { warnAfterSeconds: 120, countdownSeconds: 30, workingSeconds: 300, chime: true },
      paperSize: 'A4',
      help: { chime: true },
      kioskLabel: 'Kiosk',
      visitLog: { retentionDays: 90 },
      reports: { suppressBelow: 5 },
    });
  });

  it('take every field a centre provides and default the rest', async () => {
    const kiosk = testKiosk({
      kioskJson: {
        centreName: 'Chinatown Library',
        region: 'US-NYC',
        locales: ['zh-Hant', 'en'],
        defaultLocale: 'zh-Hant',
        idle: { warnAfterSeconds: 90 },
        paperSize: 'Letter',
      },
    });
    expect(await call(kiosk, 'getSettings', {})).toEqual({
      centreName: 'Chinatown Library',
      region: 'US-NYC',
      locales: ['zh-Hant', 'en'],
      defaultLocale: 'zh-Hant',
      idle: { warnAfterSeconds: 90, countdownSeconds: 30, workingSeconds: 300, chime: true },
      paperSize: 'Letter',
      help: { chime: true },
      kioskLabel: 'Kiosk',
      visitLog: { retentionDays: 90 },
      reports: { suppressBelow: 5 },
    });
    const locales = await call<{ locales: Array<{ code: string; nativeName: string }>; defaultLocale: string }>(
      kiosk,
      'listLocales',
      {},
    );
    expect(locales.locales.map((l) => l.nativeName)).toEqual(['繁體中文', 'English']);
    expect(locales.defaultLocale).toBe('zh-Hant');
  });

  it('stop start-up on a file that is not JSON, saying so', () => {
    expect(startWith('{ "region": "HK", }')).toThrow(StartupError);
    expect(startWith('{ "region": "HK", }')).toThrow(/kiosk\.json is not valid JSON/);
  });

  it.each([
    ['an unknown region', { region: 'FR' }, /region: Invalid option/],
    ['a misspelt field', { centerName: 'Library' }, /Unrecognized key: "centerName"/],
    [
      'a default locale that is not enabled',
      { locales: ['en', 'ar'], defaultLocale: 'ko' },
      /defaultLocale: must be one of the enabled locales/,
    ],
    ['an idle time that is too short', { idle: { warnAfterSeconds: 5 } }, /idle\.warnAfterSeconds: Too small/],
    ['a paper size we cannot print', { paperSize: 'A3' }, /paperSize: Invalid option/],
    ['an empty locale list', { locales: [] }, /locales: Too small/],
  ])('stop start-up on %s, naming the field', (_what, json, message) => {
    const start = startWith(JSON.stringify(json));
    expect(start).toThrow(StartupError);
    expect(start).toThrow(message);
  });

  it('accept a file saved with a byte-order mark (Windows Notepad)', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'kiosk.json'), '\uFEFF{ "region": "UK" }');
    expect((await call<{ region: string }>(testKiosk({ dataDir }), 'getSettings', {})).region).toBe('UK');
  });

  it('take the first listed language as the default when none is named', async () => {
    const settings = await call<{ defaultLocale: string }>(
      testKiosk({ kioskJson: { locales: ['zh-Hant', 'en'] } }),
      'getSettings',
      {},
    );
    expect(settings.defaultLocale).toBe('zh-Hant');
  });

  it('apply kiosk.json again when the centre edits it, keeping the visit log', async () => {
    const dataDir = tempDir();
    const first = testKiosk({ dataDir, kioskJson: { centreName: 'Chinatown Library', region: 'US' } });
    await call(first, 'startVisit', {});
    first.close();
    writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify({ centreName: 'Chinatown Library', region: 'US-NYC' }));
    const second = testKiosk({ dataDir });
    expect((await call<{ region: string }>(second, 'getSettings', {})).region).toBe('US-NYC');
    second.close();
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM visit_event').pluck().get()).toBe(1);
    db.close();
  });

  it('not apply an unchanged kiosk.json again, so changes made since then stand', async () => {
    const dataDir = tempDir();
    testKiosk({ dataDir, kioskJson: { centreName: 'First Name' } }).close();
    // What staff mode will do: change the settings in the database.
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.prepare("UPDATE kiosk_settings SET json = json_set(json, '$.centreName', 'Changed By Staff')").run();
    db.close();
    expect((await call<{ centreName: string }>(testKiosk({ dataDir }), 'getSettings', {})).centreName).toBe(
      'Changed By Staff',
    );
  });

  it('refuse an edited kiosk.json that is not valid, naming the field, and keep the settings it had', async () => {
    const dataDir = tempDir();
    testKiosk({ dataDir, kioskJson: { region: 'HK' } }).close();
    writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify({ region: 'Hong Kong' }));
    expect(() => testKiosk({ dataDir })).toThrow(/region: Invalid option/);
    writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify({ region: 'HK' }));
    expect((await call<{ region: string }>(testKiosk({ dataDir }), 'getSettings', {})).region).toBe('HK');
  });
});
