import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createKiosk, type Kiosk } from '../../electron/core/kiosk.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';
import { KioskPage } from './kiosk-page.ts';

/**
 * Too many wrong checklist codes: the keypad says calmly, in the visitor's language, to wait, and keeps
 * the digits. The limit is per kiosk, so this file runs its own (on a stopped clock, so the wait never
 * runs out mid-test) rather than lock the shared e2e kiosk for every other test.
 */
const REPO = resolve(import.meta.dirname, '..', '..');
let own: { kiosk: Kiosk; server: Server; base: string; dir: string };

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'safecall-e2e-codes-'));
  const stopped = new Date(2026, 11, 1, 10, 0, 0);
  const kiosk = createKiosk({ dataDir: dir, appRoot: REPO, now: () => stopped, warn: () => {} });
  const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(REPO, 'dist', 'renderer') });
  own = { kiosk, server, base: `http://127.0.0.1:${await listen(server, 0)}`, dir };
});

test.afterAll(() => {
  own.server.close();
  own.kiosk.close();
  rmSync(own.dir, { recursive: true, force: true });
});

test('es: after five wrong codes the keypad asks the visitor to wait a minute, keeps the digits, and opens no code meanwhile', async ({ page, request }) => {
  const saved = await request.post(`${own.base}/api/saveChecklist`, { data: { actions: [{ tutorialId: 'general-stop-screen-share' }], completed: [] } });
  const { code } = (await saved.json()) as { code: string };
  const wrong = code.startsWith('9') ? `1${code.slice(1)}` : `9${code.slice(1)}`;
  // Four wrong guesses from elsewhere on this machine; the visitor's own mistake is the fifth.
  for (let i = 0; i < 4; i++) expect((await request.post(`${own.base}/api/openChecklist`, { data: { code: `0000000${i}` } })).status()).toBe(404);

  const kiosk = new KioskPage(page);
  await page.goto(own.base);
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('Español');
  await kiosk.press('Tengo un código de lista');
  const field = page.getByLabel('Código');
  const problem = page.locator('.resume__problem');
  const tap = async (digits: string) => {
    for (const d of digits) await page.locator('.keypad__key', { hasText: new RegExp(`^${d}$`) }).click();
  };

  await tap(wrong);
  await page.locator('.resume__go').click();
  await expect(problem).toHaveText('No se encontró ese código. Revise los números e inténtelo de nuevo.');

  await page.locator('.resume__go').click();
  await expect(problem).toHaveText('Se probaron demasiados códigos. Espere un minuto y vuelva a intentarlo.');
  await expect(field).toHaveValue(`${wrong.slice(0, 4)} ${wrong.slice(4)}`);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await kiosk.snapshot('es', 'resume-code-wait');
  await kiosk.expectAccessible('resume code, too many tries');

  // Even the right code waits: were it opened now, a guesser would learn which guesses were live.
  await page.getByRole('button', { name: 'Borrar todo', exact: true }).click();
  await tap(code);
  await expect(problem).toBeEmpty();
  await page.locator('.resume__go').click();
  await expect(problem).toHaveText('Se probaron demasiados códigos. Espere un minuto y vuelva a intentarlo.');
  await expect(page.locator('.plan-item')).toHaveCount(0);
  await expect(field).toHaveValue(`${code.slice(0, 4)} ${code.slice(4)}`);

  // The browser reports the 404s and 429s as failed requests; nothing else may go wrong.
  expect(kiosk.problems.filter((p) => !/\b(404|429)\b/.test(p))).toEqual([]);
});
