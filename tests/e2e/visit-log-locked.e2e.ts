import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import Database from 'better-sqlite3';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO } from '../../shared/locales.ts';
import { DATABASE_FILE } from '../../electron/core/create-core.ts';
import { KioskPage, signInOverHttp, staffApi } from './kiosk-page.ts';

/**
 * A visit while the kiosk's database cannot be written (audit H1, #52). This test starts the real
 * browser shell (electron/web/start.ts) as a second process, on a data folder of
 * its own, and holds that database's write lock from here (BEGIN IMMEDIATE), as another program
 * would. That makes every visit-log write fail with a real SQLITE_BUSY, and it works as any user:
 * a read-only file does not stop root (the CI user), a full disk needs a mount, and SQLite's page
 * limit only applies to the connection that sets it.
 */
const ANSWERS = ['phone-iphone', 'apps-whatsapp', 'stranger-call-yes', 'asked-to-share-yes'];
const ROOT = join(import.meta.dirname, '..', '..');

let dataDir: string;
let server: ChildProcess;
let serverLog = '';
let baseURL: string;

/** Starts the browser shell on a free port and resolves with its address once it listens. */
function startServer(): Promise<string> {
  server = spawn(process.execPath, [join(ROOT, 'electron', 'web', 'start.ts')], {
    cwd: ROOT,
    env: { ...process.env, SAFECALL_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    server.stdout?.on('data', (chunk: Buffer) => {
      serverLog += chunk.toString();
      const address = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(serverLog)?.[1];
      if (address) resolve(address);
    });
    server.on('exit', (code) => reject(new Error(`the second browser shell stopped (${code}):\n${serverLog}`)));
  });
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dataDir = mkdtempSync(join(tmpdir(), 'safecall-e2e-locked-'));
  writeFileSync(
    join(dataDir, 'kiosk.json'),
    JSON.stringify({ centreName: 'Test Centre', region: 'HK', defaultLocale: 'zh-Hant' }),
  );
  baseURL = await startServer();
});

test.afterAll(() => {
  if (server.exitCode === null) server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

async function newKiosk(browser: Browser) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  return { context, page, kiosk: new KioskPage(page) };
}

test('a visitor picks a language, answers, gets a plan and opens a guide while the log cannot be written', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page, kiosk } = await newKiosk(browser);
  // Staff chose their PIN before the lock (choosing it writes; signing in again does not).
  await signInOverHttp(context.request);
  const lock = new Database(join(dataDir, DATABASE_FILE));
  lock.exec('BEGIN IMMEDIATE');
  try {
    await kiosk.open();
    await kiosk.touchToStart();
    await kiosk.chooseLanguage(LOCALE_INFO['zh-Hant'].nativeName);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Back to the language screen, and another language, while recordEvent never answers: the
    // change is logged on the side and the visitor goes straight on.
    await page.route('**/api/recordEvent', () => {});
    // Back past "Your phone's menus are in…" (phone-language) to the reading language.
    await page.locator('.step-nav__back').click();
    await expect(page.locator('.phone-language')).toBeVisible();
    await page.locator('.step-nav__back').click();
    await expect(page.locator('.language:not(.phone-language) .language__choice').first()).toBeVisible();
    await kiosk.chooseLanguage(LOCALE_INFO.en.nativeName);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.unroute('**/api/recordEvent');

    await kiosk.answerQuestions(context.request, 'en', ANSWERS);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await kiosk.openFromPlan(0);
    await expect(page.locator('.version__choice, .step-progress__text').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    kiosk.expectNoProblems();

    // Staff can see what the visitor never does.
    const during = (await staffApi<CallResponse<'getHealth'>>(context.request, 'getHealth', {})).visitLog;
    expect(during).toMatchObject({ ok: false, lastError: 'SQLITE_BUSY' });
    expect(during.pending).toBeGreaterThan(0);
  } finally {
    if (lock.inTransaction) lock.exec('ROLLBACK');
    lock.close();
  }

  // The lock is gone: the retry timer writes the whole visit, in order.
  await expect
    .poll(async () => (await staffApi<CallResponse<'getHealth'>>(context.request, 'getHealth', {})).visitLog.ok, {
      timeout: 30_000,
    })
    .toBe(true);
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const kinds = db
    .prepare(
      "SELECT kind FROM visit_event WHERE visit_id = (SELECT visit_id FROM visit_event WHERE kind = 'visit_started') ORDER BY id",
    )
    .pluck()
    .all() as string[];
  db.close();
  expect(kinds[0]).toBe('visit_started');
  expect(kinds).toContain('plan_shown');
  expect(kinds).toContain('tutorial_opened');
  // One stack in the server's log for the whole outage, not one per failed write (audit L7).
  expect(serverLog.match(/the visit log cannot be written/g)).toHaveLength(1);
  await context.close();
});
