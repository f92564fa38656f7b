import { phoneTextPlain, showWord } from '../../shared/phone-words.ts';
import { describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import type { TutorialView } from '../../shared/content-schema.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import { fullyOnScreen, sidewaysOverflow } from '../support/on-screen.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { normalized, shownText } from './text.ts';

/**
 * Every step of every version of every tutorial, in every language, as the core compiles it
 * (tutorial-views-setup.ts), drawn by the real player screen in the kiosk's frame at 1280 x 800: the
 * words shown are the words served, the phone picture has its title (an English fallback marked
 * with *), Next / Yes / I'm finished is wholly on screen without scrolling, and nothing spills off
 * the side. Tutorials whose words change with the centre's region (a local hotline, a local app
 * name) are drawn again in each such region. The e2e sweep (tests/e2e/sweep.e2e.ts) keeps what only the real journey proves.
 *
 * `npm run test:sweep` (SWEEP_SHOTS=1) also saves every step as a picture for content reviewers, in
 * test-results/sweep/<locale>/<tutorial>--<version>--<step>.png.
 */
const views = inject('tutorialViews');
const regionalViews = inject('regionalViews');
const SHOTS = inject('sweepShots');
const VISIT = '00000000-0000-4000-8000-000000000001';

/** Draws every step of `tutorials` in the kiosk's frame and checks each; `label` names the set in messages and pictures. */
async function checkEveryStep(locale: Locale, tutorials: TutorialView[], label: string) {
  expect(tutorials.length).toBeGreaterThan(0);
  const api = fakeKiosk({
    openTutorial: ({ tutorialId }) => {
      const tutorial = tutorials.find((t) => t.id === tutorialId);
      if (!tutorial?.variants[0]) throw new Error(`no tutorial ${tutorialId}`);
      return { tutorial, variant: tutorial.variants[0] };
    },
  });
  const kiosk = await mountScreen(null, { locale, api });
  for (const tutorial of tutorials) {
    for (const variant of tutorial.variants) {
      for (const [si, step] of variant.steps.entries()) {
        const where = `${label} ${tutorial.id} ${variant.id} step ${si + 1}`;
        await kiosk.show(
          <TutorialPlayerScreen
            locale={locale}
            visitId={VISIT}
            tutorialId={tutorial.id}
            variantId={variant.id}
            stepIndex={si}
            versionUnsure={false}
            canOpen={() => true}
            dispatch={() => {}}
          />,
        );
        // A new tutorial is fetched first (the screen's own call); a step within it is drawn at once. Its
        // {{id}} phone words are shown by the one rule, for a visitor who does not know their phone's language.
        await expect
          .poll(() => shownText('.step__text'), { interval: 5, timeout: 10_000, message: where })
          .toBe(normalized(phoneTextPlain(step.text, tutorial.words, 'unknown', tutorial.locale)));
        const title = step.screen?.title && tutorial.words[step.screen.title];
        // Every screen is drawn (a home screen has no title); a titled one shows its title as the phone does.
        if (step.screen) expect(document.querySelector('figure.phone'), where).not.toBeNull();
        else expect(document.querySelector('.phone'), where).toBeNull();
        if (step.screen && title)
          expect(shownText('.phone__title'), where).toBe(showWord(title, 'unknown', locale).shown);
        expect(
          fullyOnScreen('.step-nav__next'),
          `${where}: Next / Yes / I'm finished must be on screen without scrolling`,
        ).toBe(true);
        expect(sidewaysOverflow(), `${where} spills sideways`).toBeLessThanOrEqual(0);
        if (SHOTS)
          await page.screenshot({
            path: `../../test-results/sweep/${label}/${tutorial.id}--${variant.id}--${si + 1}.png`,
          });
      }
    }
  }
}

describe('every tutorial step on the kiosk screen', () => {
  // A picture of every step (some 340 per language) takes far longer than the checks alone.
  it.for(LOCALES)('%s', SHOTS ? { timeout: 900_000 } : {}, async (locale) => {
    await checkEveryStep(locale, views[locale], locale);
  });

  it('has tutorials whose words change with the region, so the regional drawings below are not empty', () => {
    expect(regionalViews.map((r) => r.region)).toContain('ID');
  });

  it.for(regionalViews.map((r) => [`${r.locale} in ${r.region}`, r] as const))(
    '%s',
    SHOTS ? { timeout: 900_000 } : {},
    async ([, { region, locale, tutorials }]) => {
      await checkEveryStep(locale, tutorials, `${locale}-${region}`);
    },
  );
});
