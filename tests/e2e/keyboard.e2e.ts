import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Presses Tab until `name` has focus (switch access sends the same keys), then Enter. */
async function tabTo(page: Page, name: RegExp, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el && el !== document.body ? { text: el.innerText, outline: getComputedStyle(el).outlineStyle } : null;
    });
    if (focused && name.test(focused.text)) {
      // The focus ring must be visible wherever focus lands.
      expect(focused.outline, `focus ring on ${name}`).not.toBe('none');
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

test('a visitor can go from the start to a finished step with the keyboard (or a switch) alone', async ({ page }) => {
  await page.goto('/');
  // The attract screen has focus from the start: one key press begins.
  await expect(page.locator('.attract__surface')).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, /^English$/);
  // phone-language: "Your phone's menus are in…", English first (the reading language).
  await tabTo(page, /^English$/);
  await tabTo(page, /iPhone/);
  await tabTo(page, /None of these/);
  await tabTo(page, /^Next$/);
  await tabTo(page, /^No$/);
  await tabTo(page, /^No$/);
  await expect(page.locator('.plan-item').first()).toBeVisible();
  // Focus starts on the new screen's heading, not at the top of the page.
  await expect(page.locator('main h1')).toBeFocused();
  await tabTo(page, /^Start$/);
  await expect(page.locator('.step__text, .version__choice').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await tabTo(page, /Someone is calling me now/);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('with "reduce motion" set, nothing on the kiosk animates', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/');
  const animation = await page.locator('.attract__text').evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
  await context.close();
});
