import { expect, test } from './fixtures.ts';

test('help and "someone is calling me now" open from the middle of a tutorial and return to the same step', async ({
  page,
  request,
  kiosk,
}) => {
  await kiosk.openTutorialFromStart(request, {
    locale: 'ar',
    language: 'العربية',
    answers: ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'],
    tutorial: 'أوقِف FaceTime',
    version: 'iOS 17 أو أقدم',
  });
  await kiosk.forward();
  const where = await kiosk.stepText().textContent();

  // Someone is calling right now: what to do, and the Hong Kong numbers in big digits.
  await page.locator('.top-bar__scam-now').click();
  const urgent = page.getByRole('dialog');
  await expect(urgent.locator('.scam-now__steps li').first()).toBeVisible();
  await expect(urgent.locator('.hotline__number')).toHaveText(['999', '18222']);
  // Digits read left to right even in the right-to-left page.
  expect(
    await urgent
      .locator('.hotline__number')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('ltr');
  await expect(urgent.locator('.modal__close')).toBeInViewport({ ratio: 1 });
  await kiosk.snapshot('ar', '09-scam-now');
  await kiosk.expectAccessible('someone is calling me now');
  await urgent.locator('.modal__close').click();
  await expect(kiosk.stepText()).toHaveText(where ?? '');

  // I need help: where staff are.
  await page.locator('.top-bar__help').click();
  await expect(page.getByRole('dialog')).toContainText('Front desk, ground floor');
  await kiosk.snapshot('ar', '10-help');
  await kiosk.expectAccessible('help');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(kiosk.stepText()).toHaveText(where ?? '');

  // This visit's own log: each card opened once.
  await expect
    .poll(async () =>
      (await kiosk.visitLog())
        .filter((e) => e.kind === 'scam_now_opened' || e.kind === 'help_requested')
        .map((e) => e.kind),
    )
    .toEqual(['scam_now_opened', 'help_requested']);
  kiosk.expectNoProblems();
});
