import { expect, test } from './fixtures.ts';

const IPHONE_NOTHING_YET = ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

test('"No, it looks different" offers the other version, and the visitor finishes on that one', async ({
  page,
  request,
  kiosk,
}) => {
  // An axe scan and two guides' worth of steps: past 30 s on two busy cores.
  test.setTimeout(60_000);
  await kiosk.openTutorialFromStart(request, {
    locale: 'zh-Hant',
    language: '繁體中文',
    answers: IPHONE_NOTHING_YET,
    tutorial: '關閉 FaceTime',
    version: 'iOS 18 或更新版本（包括 iOS 26）',
  });
  await kiosk.forward();
  await expect(kiosk.progress()).toHaveText('第 2 步，共 5 步');
  // The picture shows "Apps"; this visitor's phone does not (it runs iOS 17).
  await page.locator('.step-nav__different').click();
  await expect(page.locator('.different__title')).toBeInViewport();
  await expect(page.locator('.different__title')).toBeFocused();
  await kiosk.snapshot('zh-Hant', '08-looks-different');
  await kiosk.expectAccessible('looks different');
  await page.locator('.different__variants').getByRole('button', { name: 'iOS 17 或更舊版本' }).click();
  await expect(kiosk.progress()).toHaveText('第 1 步，共 4 步');
  await kiosk.finishTutorial();
  await expect(page.locator('.tutorial-card--done')).toContainText('關閉 FaceTime');
  await expect
    .poll(async () =>
      (await kiosk.visitLog()).some(
        (e) => e.kind === 'step_looked_different' && e.tutorial_id === 'iphone-turn-off-facetime' && e.step_index === 1,
      ),
    )
    .toBe(true);
  kiosk.expectNoProblems();
});

test('"No, it looks different" can also call staff, or carry on', async ({ page, request, kiosk }) => {
  await kiosk.openTutorialFromStart(request, {
    locale: 'es',
    language: 'Español',
    answers: IPHONE_NOTHING_YET,
    tutorial: 'Apague FaceTime',
    version: 'iOS 17 o anterior',
  });
  await kiosk.forward();
  // A way back from the panel: the same step, its buttons again.
  await page.locator('.step-nav__different').click();
  await page.locator('.different__back').click();
  await expect(page.locator('.different')).toHaveCount(0);
  await expect(kiosk.progress()).toHaveText('Paso 2 de 4');
  // Another version opens at the same step where it has one ("tap FaceTime" is step 3 of iOS 18's).
  await page.locator('.step-nav__different').click();
  await page.locator('.different__variants button').first().click();
  await expect(kiosk.progress()).toHaveText('Paso 3 de 5');
  await page.locator('.step-nav__different').click();
  await page.locator('.different__variants button').first().click();
  await expect(kiosk.progress()).toHaveText('Paso 2 de 4');
  await page.locator('.step-nav__different').click();
  await page.locator('.different__help').click();
  await expect(page.getByRole('dialog')).toContainText('Front desk, ground floor');
  await page.getByRole('dialog').getByRole('button').click();
  await page.locator('.different__keep-going').click();
  await expect(kiosk.progress()).toHaveText('Paso 3 de 4');
  kiosk.expectNoProblems();
});
