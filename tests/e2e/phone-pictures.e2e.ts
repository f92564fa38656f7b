import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PICTURES } from '../support/phone-pictures.ts';
import { buildFixture, FIXTURE_URL, serveFixture } from './phone-pictures/build.ts';

/**
 * Visual regression of the phone pictures (issue 17): a representative set per phone (iPhone of both
 * eras, Pixel, Samsung), per direction (an English phone, an Arabic phone mirrored, an English phone
 * inside an Arabic page) and per kind (list, home, menu, sheet, dialog, call), each compared with the
 * reviewed screenshot beside this file (phone-pictures.e2e.ts-snapshots/). Drawn from the hand-written
 * screens of tests/support/phone-pictures.ts on a fixture page built here (phone-pictures/build.ts)
 * with the kiosk's own stylesheet and bundled fonts, so no system font decides a glyph.
 *
 * Reduced motion, as a visitor who asks for it (and paper) sees it: switches as a still "before →
 * after" pair and gestures as still arrows, so every picture is the same on every run.
 * A picture changed on purpose: look at it, then `npx playwright test --config
 * tests/e2e/playwright.config.ts phone-pictures --update-snapshots` and review the new PNGs.
 */
/**
 * Up to 0.2 % of a picture's pixels may differ (anti-aliasing on another machine). Not more: a switch
 * drawn in the wrong state changes only about 0.3 % of its picture (measured: 530 of 182,000 pixels).
 */
const MAX_DIFF = 0.002;

let outDir = '';

test.beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'safecall-phone-pictures-'));
  await buildFixture(outDir);
});
test.afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

test('the phone pictures look as reviewed, per phone, direction and kind', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await serveFixture(page, outDir);
  await page.goto(FIXTURE_URL);
  await expect(page.locator('body[data-ready]')).toBeAttached();
  await page.evaluate(() => document.fonts.ready);
  for (const { name } of PICTURES)
    await expect
      .soft(page.locator(`[data-shot="${name}"]`), name)
      .toHaveScreenshot(`${name}.png`, { maxDiffPixelRatio: MAX_DIFF, animations: 'disabled' });
});
