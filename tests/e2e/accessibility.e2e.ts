import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { KioskPage } from './kiosk-page.ts';
import { AXE_TAGS, axeViolations } from '../support/axe.ts';
import { clippedButtons, sidewaysOverflow, smallTargets } from '../support/on-screen.ts';
import { saveScreenshot } from '../support/screenshots.ts';

/**
 * What only the real journey proves: every screen, walked for real through the App (text size chosen
 * in the panel, the top bar, dialogs over screens), holds at 200% browser zoom in English and Arabic
 * and at the largest text in the pseudo-locale: nothing spills sideways, every target is at least
 * 48 px (64 px for the main action), no button's words are cut off. And axe-core on the real page
 * finds a planted fault, so an empty scan means something.
 *
 * The scans themselves run on each screen mounted alone, in the same Chromium and stylesheet, in
 * tests/component/screens-accessible.test.tsx: axe-core (WCAG 2.2 AA) and the same probes in every
 * language at the largest text, and every colour theme (AAA 7:1 in the high-contrast ones) in English
 * and Arabic. The real page's axe scans of single screens are in the journeys' own tests
 * (facetime-zh-hant, after-scam, checklist-screen...). The probes are shared (tests/support/on-screen.ts).
 */

interface Check {
  minTarget: number;
  /** Save every screen under test-results/screens/<photo>/ for people to look at (SCREENS=1). */
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
  await checkScreen(page, 'attract', { ...check, photo: undefined });
  await kiosk.touchToStart();
  // Text size through the panel, as a visitor chooses it.
  await page.locator('.top-bar__display').click();
  await page.locator('.display__sizes .choice').nth(textSize).click();
  await checkScreen(page, 'text and colours', check);
  await page.locator('.display .modal__close').click();
  await checkScreen(page, 'language', check);
  // At the largest size the list of languages may need scrolling: a visitor scrolls, so the test may.
  await page.getByRole('button', { name: LOCALE_INFO[locale].nativeName, exact: true }).click();
  // phone-language: "Your phone's menus are in…", answered with its first choice (the reading language).
  await expect(page.locator('.phone-language')).toBeVisible();
  await checkScreen(page, 'phone language', check);
  await page.locator('.phone-language .language__choice').first().click();
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

test('every screen holds at 200% browser zoom (a 640 x 400 CSS-pixel window), in English and Arabic', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 640, height: 400 });
  for (const locale of ['en', 'ar'] as const) await walk(page, request, locale, { minTarget: 48, shots: 0 }, 0);
});

test('the pseudo-locale (longer, accented) fits every screen at the largest text size', async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => (window.__SAFECALL_PSEUDO__ = true));
  await walk(page, request, 'en', { minTarget: 48, shots: 0, photo: 'pseudo-largest' }, 3);
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
