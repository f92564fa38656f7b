import { expect, test } from './fixtures.ts';

/**
 * UX audit M11, M15: before a language is chosen the urgent and help buttons carry pictures and speak
 * each enabled language in turn; after, the visitor's language can be changed from the top bar without
 * losing the place.
 */
test("the language screen's urgent buttons have pictures and turn through every language; the language changes mid-guide, keeping the step", async ({
  page,
  request,
  kiosk,
}) => {
  // Two axe scans and a whole guide beside other suites on two cores.
  test.setTimeout(90_000);
  await page.clock.install();
  await kiosk.open();
  await kiosk.touchToStart();
  const urgent = page.locator('.top-bar__scam-now');
  await expect(urgent.locator('svg')).toBeVisible();
  await expect(page.locator('.top-bar__help svg')).toBeVisible();
  // The default language first (zh-Hant in the Hong Kong e2e kiosk), then the others in turn.
  const seen = new Set<string>();
  const label = urgent.locator('.top-bar__label');
  let shown = '';
  for (let i = 0; i < 8; i++) {
    // Each turn read once it has been drawn: the clock moves at once, the page redraws a moment later.
    await expect.poll(() => label.getAttribute('lang')).not.toBe(shown);
    shown = (await label.getAttribute('lang')) ?? '';
    seen.add(shown);
    await page.clock.fastForward('00:03');
  }
  expect(seen.size).toBeGreaterThanOrEqual(8);
  expect(seen).toContain('ar');
  await expect(page.locator('.top-bar__language')).toHaveCount(0);
  await kiosk.expectAccessible('language screen');
  await kiosk.snapshot('zh-Hant', 'language-screen');

  await kiosk.chooseLanguage('Español');
  await kiosk.answerQuestions(request, 'es', ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no']);
  await kiosk.openFromPlan(0);
  await expect(page.locator('.version__choice, .step-progress__text').first()).toBeVisible();
  if (await page.locator('.version__choice').first().isVisible())
    await page.locator('.version__choice').first().click();
  await kiosk.forward();
  await expect(kiosk.progress()).toContainText('Paso 2');

  // While the picker is open, the guide on screen is read in the other languages (api/read-ahead.ts): the
  // change then redraws it without a trip to the core. Nothing else opens a guide in Arabic before the tap.
  const guideReadIn: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/openTutorial'))
      guideReadIn.push((JSON.parse(r.postData() ?? '{}') as { locale?: string }).locale ?? '');
  });
  await page.locator('.top-bar__language').click();
  await expect.poll(() => guideReadIn).toContain('ar');
  await kiosk.expectAccessible('language picker');
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(kiosk.progress()).toContainText('2');
  await expect(page.locator('.top-bar__language')).toContainText('العربية');
  await kiosk.snapshot('ar', 'language-changed-mid-guide');
  // And back, still on the same step.
  await page.locator('.top-bar__language').click();
  await page.getByRole('button', { name: 'Español', exact: true }).click();
  await expect(kiosk.progress()).toContainText('Paso 2');
  kiosk.expectNoProblems();
});
