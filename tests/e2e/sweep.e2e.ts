import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO, LOCALES } from '../../shared/locales.ts';
import { api } from './kiosk-page.ts';

/**
 * Opens every tutorial in every locale and walks every variant step by step through the real UI. Each
 * step is checked: the text shown is the text served, the phone picture is drawn where the step has
 * one, Next is on screen, and nothing spills off the side of the screen.
 *
 * Screenshots of every step (test-results/sweep/<locale>/, for people reviewing content) are opt-in:
 * `npm run test:sweep`. They were about 60% of the sweep's time and prove nothing a test reads.
 */
const SWEEP_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'sweep');
const SHOTS = process.env.SWEEP_SHOTS === '1';

/** "Not sure" and "no" everywhere: no phone settled, so every tutorial asks its version. */
const NEUTRAL_ANSWERS = ['phone-not-sure', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

test.describe.configure({ mode: 'parallel' });

for (const locale of LOCALES) {
  test(`every step of every tutorial in ${locale}`, async ({ page, request, kiosk }) => {
    test.setTimeout(480_000);
    const dir = join(SWEEP_DIR, locale);
    if (SHOTS) mkdirSync(dir, { recursive: true });
    const { tutorials } = await api<CallResponse<'listTutorials'>>(request, 'listTutorials', { locale });
    expect(tutorials.length).toBeGreaterThan(0);
    await kiosk.open();
    await kiosk.touchToStart();
    await kiosk.chooseLanguage(LOCALE_INFO[locale].nativeName);
    await kiosk.answerQuestions(request, locale, NEUTRAL_ANSWERS);
    await kiosk.browse();

    for (const summary of tutorials) {
      const { tutorial } = await api<CallResponse<'openTutorial'>>(request, 'openTutorial', { tutorialId: summary.id, locale });
      await page.locator('.tutorial-card', { hasText: summary.title }).first().click();
      for (const [vi, variant] of tutorial.variants.entries()) {
        if (tutorial.variants.length > 1) {
          await page.getByRole('button', { name: variant.label, exact: true }).click();
        }
        for (const [si, step] of variant.steps.entries()) {
          await expect(kiosk.stepText()).toHaveText(step.text);
          if (step.screen) await expect(page.locator('.phone__title')).toHaveText(step.screen.title + (step.screen.titleIsFallback ? '*' : ''));
          await expect(page.locator('.step-nav__next'), 'Next / Yes / I did it must be on screen without scrolling').toBeInViewport({ ratio: 1 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${locale} ${summary.id} ${variant.id} step ${si + 1} spills sideways`).toBeLessThanOrEqual(0);
          if (SHOTS) await page.screenshot({ path: join(dir, `${summary.id}--${variant.id}--${si + 1}.png`) });
          if (si < variant.steps.length - 1) await page.locator('.step-nav__next').click();
        }
        // Back to the version question for the next variant, or to the list after the last one.
        for (let back = variant.steps.length; back > 0; back--) await page.locator('.step-nav__back').click();
        if (vi === tutorial.variants.length - 1 && tutorial.variants.length > 1) await page.locator('.step-nav__back').click();
      }
      await expect(page.locator('.tutorial-card').first()).toBeVisible();
    }
    kiosk.expectNoProblems();
  });
}
