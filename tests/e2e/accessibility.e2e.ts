import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { THEMES } from '../../renderer/flow/journey.ts';
import { KioskPage } from './kiosk-page.ts';
import { AXE_TAGS, axeViolations } from '../support/axe.ts';
import { animationsSettled, clippedButtons, sidewaysOverflow, smallTargets } from '../support/on-screen.ts';
import { saveScreenshot } from '../support/screenshots.ts';

/**
 * Every screen of the journey, walked for real, in English and Arabic, in every colour theme, at the
 * largest text size: axe-core finds nothing (WCAG 2.2 AA; AAA 7:1 contrast in the high-contrast
 * themes), nothing spills sideways, and every target is at least 48 px (64 px for the main action).
 * The other languages' screens get the same checks, one screen at a time, in
 * tests/component/screens-accessible.test.tsx; the probes are shared (tests/support/on-screen.ts).
 */

interface Check {
  axe: boolean;
  themes: readonly string[];
  minTarget: number;
  /** Save every screen under test-results/screens/<photo>/ for people to look at. */
  photo?: string;
  shots: number;
}

async function checkScreen(page: Page, where: string, check: Check) {
  if (check.photo)
    await saveScreenshot(
      page,
      join('screens', check.photo),
      `${String(++check.shots).padStart(2, '0')}-${where.replaceAll(/\W+/g, '-')}`,
    );
  const overflow = await page.evaluate(sidewaysOverflow);
  expect(overflow, `${where}: spills sideways`).toBeLessThanOrEqual(0);
  const small = await page.evaluate(smallTargets, check.minTarget);
  expect(small, `${where}: targets too small`).toEqual([]);
  // Nothing cut off: no button's words spill out of its box (a squeezed button hides its label).
  const clipped = await page.evaluate(clippedButtons);
  expect(clipped, `${where}: button text cut off`).toEqual([]);
  if (!check.axe) return;
  await page.evaluate(animationsSettled);
  for (const [i, theme] of check.themes.entries()) {
    // The theme is what the panel sets; applying it here saves walking the journey four times.
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    // Every WCAG 2.2 AA rule once per screen; a theme only changes colours, so the other themes are
    // checked with the colour rules (AAA 7:1 for the high-contrast ones).
    const found = await axeViolations(
      page,
      i === 0
        ? { tags: AXE_TAGS }
        : {
            rules: theme.startsWith('contrast')
              ? ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block']
              : ['color-contrast', 'link-in-text-block'],
          },
    );
    expect(found, `${where}, theme ${theme}`).toEqual([]);
  }
}

/** Walks every screen of the journey and checks each; returns to the attract screen at the end. */
async function walk(
  page: Page,
  request: Parameters<KioskPage['answerQuestions']>[0],
  locale: Locale,
  check: Check,
  textSize: number,
) {
  const kiosk = new KioskPage(page);
  await page.clock.install();
  await kiosk.open();
  // The lobby changes language on a timer and fades the new words in: a colour scan that met a change
  // (a busy machine) measured faint words. With reduced motion the words change without a fade, so
  // the scan sees them as they rest. (Stopping the clock instead stops axe, which runs on timers.)
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await checkScreen(page, 'attract', { ...check, themes: ['standard'], photo: undefined });
  await page.emulateMedia({ reducedMotion: null });
  await kiosk.touchToStart();
  // Text size through the panel, as a visitor chooses it.
  await page.locator('.top-bar__display').click();
  await page.locator('.display__sizes .choice').nth(textSize).click();
  await checkScreen(page, 'text and colours', check);
  await page.locator('.display .modal__close').click();
  await checkScreen(page, 'language', check);
  // At the largest size the list of languages may need scrolling: a visitor scrolls, so the test may.
  await page.getByRole('button', { name: LOCALE_INFO[locale].nativeName, exact: true }).click();
  await expect(page.locator('.question').first()).toBeVisible();
  await checkScreen(page, 'question (one answer)', check);
  await page.locator('.question__resume').click();
  await expect(page.locator('.keypad')).toBeVisible();
  await checkScreen(page, 'checklist code', check);
  await page.locator('.step-nav__back').click();
  await expect(page.locator('.question').first()).toBeVisible();
  // "Not sure" which phone (the last answer): the "let's find out" screen, then back.
  await page.locator('.answer').last().click();
  await expect(page.locator('.find-phone')).toBeVisible();
  await checkScreen(page, "let's find out", check);
  await page.locator('.step-nav__back').click();
  await page.locator('.answer').first().click();
  await page.locator('.answer').first().click();
  await checkScreen(page, 'question (several answers)', check);
  await page.locator('.step-nav__next').click();
  await page.locator('.answer').nth(1).click();
  await page.locator('.answer').nth(1).click();
  await expect(page.locator('.plan-item').first()).toBeVisible();
  await checkScreen(page, 'plan', check);
  await kiosk.browse();
  await checkScreen(page, 'all guides', check);
  await page.locator('.tutorial-card').filter({ hasText: 'FaceTime' }).first().click();
  await expect(page.locator('.version__choice').first()).toBeVisible();
  await checkScreen(page, 'version question', check);
  await page.locator('.version__choice').first().click();
  await page.locator('.step-nav__next').click();
  await expect(page.locator('.phone')).toBeVisible();
  await checkScreen(page, 'step with a phone picture', check);
  await page.locator('.step-nav__different').click();
  await checkScreen(page, 'looks different', check);
  await page.locator('.different__help').click();
  await checkScreen(page, 'help', check);
  await page.keyboard.press('Escape');
  await page.locator('.top-bar__scam-now').click();
  await expect(page.locator('.hotline').first()).toBeVisible();
  await checkScreen(page, 'someone is calling me now', check);
  await page.keyboard.press('Escape');
  await page.locator('.top-bar__after-scam').click();
  await expect(page.locator('.after-scam .hotline').first()).toBeVisible();
  await checkScreen(page, 'I already paid', check);
  await page.keyboard.press('Escape');
  await page.locator('.different__keep-going').click();
  await page.locator('.step-nav__back').click();
  await page.locator('.step-nav__back').click();
  await page.locator('.step-nav__back').click();
  await page.locator('.step-nav__back').click();
  await page.locator('.step-nav__back').click(); // from all guides back to the plan
  await page.locator('.plan__finish').click();
  await checkScreen(page, 'done', check);
  await page.locator('.done__checklist').click();
  await expect(page.locator('.checklist-preview__frame[data-ready="true"]')).toBeVisible();
  await checkScreen(page, 'checklist', check);
  // The checklist is a working screen (the visitor may be at the printer): five minutes, not two.
  await page.clock.fastForward('05:00');
  await expect(page.locator('.idle__stay')).toBeVisible();
  await checkScreen(page, 'are you still there', check);
  kiosk.expectNoProblems();
  return kiosk;
}

test.describe.configure({ mode: 'parallel' });

/**
 * A theme only changes colours, and colours come from the CSS, not the language: every theme is scanned
 * in one left-to-right and one right-to-left language, on the real journey. Every screen in every
 * language, at the largest text, gets the full scan in the component tests
 * (tests/component/screens-accessible.test.tsx).
 */
for (const locale of ['en', 'ar'] as const) {
  test(`${locale}: every screen at the largest text, every theme`, async ({ page, request }) => {
    // About twenty screens, four themes each (about 20 s alone), beside another test on two cores.
    test.setTimeout(120_000);
    const photo = locale === 'ar' ? 'ar-largest' : undefined;
    await walk(
      page,
      request,
      locale,
      { axe: true, themes: THEMES, minTarget: 48, shots: 0, ...(photo && { photo }) },
      3,
    );
  });
}

test('every screen holds at 200% browser zoom (a 640 x 400 CSS-pixel window), in English and Arabic', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 640, height: 400 });
  for (const locale of ['en', 'ar'] as const)
    await walk(page, request, locale, { axe: false, themes: [], minTarget: 48, shots: 0 }, 0);
});

test('the pseudo-locale (longer, accented) fits every screen at the largest text size', async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => (window.__SAFECALL_PSEUDO__ = true));
  await walk(page, request, 'en', { axe: false, themes: [], minTarget: 48, shots: 0, photo: 'pseudo-largest' }, 3);
});

test('the scan itself finds a planted fault (so an empty result means something)', async ({ page, kiosk }) => {
  await kiosk.open();
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'faint words';
    faint.style.cssText = 'color:#bbb;background:#fff';
    document.querySelector('main')?.append(faint);
    document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'data:,' }));
  });
  const found = await axeViolations(page, { tags: AXE_TAGS });
  expect(found.some((line) => line.startsWith('color-contrast'))).toBe(true);
  expect(found.some((line) => line.startsWith('image-alt'))).toBe(true);
});
