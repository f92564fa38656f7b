import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where every run leaves what people look at afterwards (git-ignored). */
export const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results');

/**
 * SCREENS=1 (`npm run test:screens`): the e2e tests save the screens they pass for reviewers to look at.
 * Off in `npm test`: no assertion reads the pictures, and some 130 of them cost e2e time on every run.
 */
export const SAVE_SCREENS = process.env.SCREENS === '1';

/**
 * Saves the page as it is now, for people to look at: test-results/<folder>/<name>.png (Playwright makes
 * the folders), when SCREENS=1. Either way it returns once the fonts are in and a frame is painted, as
 * a screenshot does, so what a test measures next is measured on the same drawn page with or without it.
 */
export async function saveScreenshot(page: Page, folder: string, name: string): Promise<void> {
  if (SAVE_SCREENS) {
    await page.screenshot({ path: join(RESULTS_DIR, folder, `${name}.png`) });
    return;
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((painted) => requestAnimationFrame(painted));
  });
}
