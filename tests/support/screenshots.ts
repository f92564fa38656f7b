import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where every run leaves what people look at afterwards (git-ignored). */
export const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results');

/** Saves the page as it is now, for people to look at: test-results/<folder>/<name>.png (Playwright makes the folders). */
export async function saveScreenshot(page: Page, folder: string, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS_DIR, folder, `${name}.png`) });
}
