import { expect, test } from './fixtures.ts';

/** UX audit M8: one mis-tap on "Start over" or "Finish" wiped a visit. Both now ask, and keeping going is the big answer. */
test('"Start over" and "Finish" ask first; "No, keep going" keeps everything (العربية)', async ({
  page,
  request,
  kiosk,
}) => {
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('العربية');
  await kiosk.answerQuestions(request, 'ar', [
    'phone-iphone',
    'apps-whatsapp',
    'stranger-call-no',
    'asked-to-share-no',
  ]);
  await kiosk.openFromPlan(0);
  await kiosk.finishTutorial();
  await expect(page.locator('.plan-item--done')).toHaveCount(1);

  await page.locator('.top-bar__start-over').click();
  const confirm = page.locator('.confirm-end');
  await expect(confirm.locator('.modal__title')).toHaveText('هل تريد مسح كل شيء والبدء من جديد؟');
  // The safe answer comes first and is the larger button.
  const keep = await confirm.locator('.confirm-end__keep').boundingBox();
  const end = await confirm.locator('.confirm-end__end').boundingBox();
  expect(keep && end && keep.y < end.y && keep.height >= end.height).toBe(true);
  await kiosk.expectAccessible('confirm start over');
  await kiosk.snapshot('ar', 'confirm-start-over');
  await confirm.locator('.confirm-end__keep').click();
  await expect(confirm).toHaveCount(0);
  await expect(page.locator('.plan-item--done')).toHaveCount(1);
  // Escape keeps going too.
  await page.locator('.top-bar__start-over').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.plan-item--done')).toHaveCount(1);

  await page.locator('.plan__finish').click();
  await page.locator('.done__finish').click();
  await expect(confirm.locator('.modal__title')).toHaveText('هل تريد إنهاء زيارتك؟');
  await confirm.locator('.confirm-end__keep').click();
  await expect(page.locator('.done')).toBeVisible();
  await kiosk.endVisit('.done__finish');
  await expect(page.locator('.attract__surface')).toBeVisible();
  kiosk.expectNoProblems();
});
