import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { sidewaysOverflow } from '../support/on-screen.ts';
import { api } from './kiosk-page.ts';

/**
 * What only the real journey proves: the list offers every tutorial the core serves, a card opens its
 * tutorial, the version question leads into the version chosen, Next walks it to its end, Back steps
 * back and leaves to the list, and finishing returns to the list with the guide marked done. The way
 * through is the same in every language, so it is walked left to right (English), right to left
 * (Arabic) and in Traditional Chinese (the visitors the kiosk was first built for); every language's
 * list, a card for each tutorial opening its own, is tests/component/browse-list.test.tsx.
 *
 * Every step of every version in every language (the words served, the phone's title, Next on
 * screen, nothing sideways) is checked on the player screen alone, in the component test
 * tests/component/tutorial-steps.test.tsx; `npm run test:sweep` saves its pictures for content reviewers.
 */

/** "Not sure" and "no" everywhere: no phone settled, so every tutorial asks its version. */
const NEUTRAL_ANSWERS = ['phone-not-sure', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

test.describe.configure({ mode: 'parallel' });

const WALKED: readonly Locale[] = ['en', 'ar', 'zh-Hant'];

for (const locale of WALKED) {
  test(`${locale}: the list opens tutorials, the version chosen is the one walked, Back and Finish return to the list`, async ({
    page,
    request,
    kiosk,
  }) => {
    const { tutorials } = await api<CallResponse<'listTutorials'>>(request, 'listTutorials', { locale });
    await kiosk.open();
    await kiosk.touchToStart();
    await kiosk.chooseLanguage(LOCALE_INFO[locale].nativeName);
    await kiosk.answerQuestions(request, locale, NEUTRAL_ANSWERS);
    await kiosk.browse();
    const titles = page.locator('.tutorial-card__title');
    expect((await titles.allTextContents()).sort()).toEqual(tutorials.map((t) => t.title).sort());

    // A guide with several versions: the question offers each, and the last one (not the common one) is walked.
    const views = await Promise.all(
      tutorials.map((t) => api<CallResponse<'openTutorial'>>(request, 'openTutorial', { tutorialId: t.id, locale })),
    );
    const several = views.map((v) => v.tutorial).find((t) => t.variants.length > 1);
    if (!several) throw new Error(`no tutorial in ${locale} has more than one version`);
    const variant = several.variants.at(-1)!;
    await kiosk.openTutorial(several.title);
    await expect(page.locator('.player__title')).toHaveText(several.title);
    for (const v of several.variants)
      await expect(page.getByRole('button', { name: v.label, exact: true })).toBeVisible();
    await kiosk.chooseVersion(variant.label);
    for (const [si, step] of variant.steps.entries()) {
      await expect(kiosk.stepText(), `${several.id} ${variant.id} step ${si + 1}`).toHaveText(
        kiosk.shownStep(step.text, several),
      );
      if (si === 1) {
        // Back steps back one step, and forward again.
        await page.locator('.step-nav__back').click();
        await expect(kiosk.stepText()).toHaveText(kiosk.shownStep(variant.steps[0]!.text, several));
        await kiosk.forward();
        await expect(kiosk.stepText()).toHaveText(kiosk.shownStep(step.text, several));
      }
      expect(
        await page.evaluate(sidewaysOverflow),
        `${several.id} ${variant.id} step ${si + 1} spills sideways`,
      ).toBeLessThanOrEqual(0);
      await kiosk.forward();
    }
    // Finished: back on the list, the guide marked done.
    await expect(page.locator('.tutorial-card--done')).toHaveCount(1);
    await expect(page.locator('.tutorial-card--done .tutorial-card__title')).toHaveText(several.title);

    // A guide with one version opens at its first step; Back from there leaves to the list.
    const single = views.map((v) => v.tutorial).find((t) => t.variants.length === 1);
    if (single) {
      await kiosk.openTutorial(single.title);
      await expect(kiosk.stepText()).toHaveText(kiosk.shownStep(single.variants[0]!.steps[0]!.text, single));
      await page.locator('.step-nav__back').click();
      await expect(titles.first()).toBeVisible();
    }
    // Back from the version question leaves to the list too.
    await kiosk.openTutorial(several.title);
    await expect(page.locator('.version__choice').first()).toBeVisible();
    await page.locator('.step-nav__back').click();
    await expect(titles).toHaveCount(tutorials.length);
    kiosk.expectNoProblems();
  });
}
