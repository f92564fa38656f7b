import { expect, test } from './fixtures.ts';

/** The e2e kiosk keeps the default timings: warn after 120 s, count down 30 s. */
const WARN_AFTER = '02:00';

test('after two idle minutes "Are you still there?"; "I\'m still here" keeps everything; then a full reset leaves nothing', async ({
  page,
  request,
  kiosk,
}) => {
  await page.clock.install();
  await kiosk.open();
  const freshAttract = await page.locator('.attract__surface').innerHTML();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('Bahasa Indonesia');
  await kiosk.answerQuestions(request, 'id', [
    'phone-samsung',
    'apps-whatsapp',
    'stranger-call-yes',
    'asked-to-share-no',
  ]);
  await kiosk.openFromPlan(0);
  await kiosk.finishTutorial();
  await expect(page.locator('.plan-item--done')).toHaveCount(1);
  // Largest text and high contrast, dark: personal choices that must not outlive the visit.
  await page.locator('.top-bar__display').click();
  await page.locator('.display__sizes .choice').nth(3).click();
  await page.locator('.choice--contrast-dark').click();
  await page.locator('.display .modal__close').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast-dark');
  // Whatever a library or a future change might leave behind in the page's storage.
  await page.evaluate(async () => {
    localStorage.setItem('left-behind', 'x');
    sessionStorage.setItem('left-behind', 'x');
    await new Promise((resolve) => {
      const open = indexedDB.open('left-behind');
      open.onsuccess = () => {
        open.result.close();
        resolve(null);
      };
    });
  });

  await page.clock.fastForward(WARN_AFTER);
  const warning = page.getByRole('dialog');
  await expect(warning).toContainText('Apakah Anda masih di sini?');
  await kiosk.snapshot('id', '11-idle-warning');
  await kiosk.expectAccessible('idle warning');
  await warning.locator('.idle__stay').click();
  await expect(warning).toHaveCount(0);
  await expect(page.locator('.plan-item--done')).toHaveCount(1);

  await page.clock.fastForward(WARN_AFTER);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.runFor('00:31');
  await expect(page.locator('.attract__surface')).toBeVisible();

  // Nothing of that visitor remains: not on screen, not in storage, not in the journey.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'standard');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '0');
  expect(await page.locator('.attract__surface').innerHTML()).toBe(freshAttract);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  expect(storage).toEqual({ local: 0, session: 0, databases: 0 });
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('Bahasa Indonesia');
  await expect(page.locator('.answer--chosen')).toHaveCount(0);
  await expect(page.locator('.question__progress')).toContainText('1');
  // The visitor's own visit (this page's first) ended by the timer, not someone else's.
  expect((await kiosk.visitEvents(0)).some((e) => e.kind === 'visit_timed_out')).toBe(true);
  kiosk.expectNoProblems();
});
