import { expect, test } from './fixtures.ts';
import { KioskPage } from './kiosk-page.ts';
import { startShell, type RunningShell } from './shell.ts';

/**
 * Too many wrong checklist codes: the keypad says calmly, in the visitor's language, to wait, and keeps
 * the digits. The limit is per kiosk, so this file runs its own (on a stopped clock, so the wait never
 * runs out mid-test) rather than lock the shared e2e kiosk for every other test.
 */
let own: RunningShell;

test.beforeAll(async () => {
  const stopped = new Date(2026, 11, 1, 10, 0, 0);
  // No kiosk.json, as before: the limit does not depend on the centre.
  own = await startShell({ prefix: 'safecall-e2e-codes-', kioskJson: null, core: { now: () => stopped } });
});

test.afterAll(() => own.close());

test('es: after five wrong codes the keypad asks the visitor to wait a minute, keeps the digits, and opens no code meanwhile', async ({
  page,
  request,
}) => {
  const saved = await request.post(`${own.baseURL}/api/saveChecklist`, {
    data: { actions: [{ tutorialId: 'general-stop-screen-share' }], completed: [] },
  });
  const { code } = (await saved.json()) as { code: string };
  const wrong = code.startsWith('9') ? `1${code.slice(1)}` : `9${code.slice(1)}`;
  // Four wrong guesses from elsewhere on this machine; the visitor's own mistake is the fifth.
  for (let i = 0; i < 4; i++)
    expect((await request.post(`${own.baseURL}/api/openChecklist`, { data: { code: `0000000${i}` } })).status()).toBe(
      404,
    );

  const kiosk = new KioskPage(page);
  await page.goto(own.baseURL);
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('Español');
  await kiosk.press('Tengo un código de lista');
  const problem = page.locator('.resume__problem');
  const tap = async (digits: string) => {
    for (const d of digits) await page.locator('.keypad__key', { hasText: new RegExp(`^${d}$`) }).click();
  };

  await tap(wrong);
  await page.locator('.resume__go').click();
  await expect(problem).toHaveText('No se encontró ese código. Revise los números e inténtelo de nuevo.');

  await page.locator('.resume__go').click();
  await expect(problem).toHaveText('Se probaron demasiados códigos. Espere un minuto y vuelva a intentarlo.');
  // That the digits stay, the field is not marked wrong, the whole message is in view with no "more
  // below" sign over it (and axe) are the keypad's own rules: tests/component/resume-keypad.test.tsx.
  // Here the core's real limit reaches the screen.
  await kiosk.snapshot('es', 'resume-code-wait');

  // Even the right code waits: were it opened now, a guesser would learn which guesses were live.
  await page.getByRole('button', { name: 'Borrar todo', exact: true }).click();
  await tap(code);
  await expect(problem).toBeEmpty();
  await page.locator('.resume__go').click();
  await expect(problem).toHaveText('Se probaron demasiados códigos. Espere un minuto y vuelva a intentarlo.');
  await expect(page.locator('.plan-item')).toHaveCount(0);

  // The browser reports the 404s and 429s as failed requests; nothing else may go wrong.
  expect(kiosk.problems.filter((p) => !/\b(404|429)\b/.test(p))).toEqual([]);
});
