import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The screens community centres actually have (UX audit B3, M7, M10), walked for real once: a 1080 x
 * 1920 portrait totem, at the largest text size, in Arabic. Each screen must show what to do before
 * the button that moves on, from element boxes: a question's answers, a step's whole instruction, the
 * plan's first item, the hotline digits whole and unbroken, the Done button of "Text and colours". The
 * urgent buttons never scroll away; on the totem they sit in the lower half, within reach of a seated
 * visitor. Every screen is saved for people to look at. The same checks at 1366 x 768 and 1080 x 1920,
 * in Traditional Chinese, Spanish and Arabic, run on each screen on its own in
 * tests/component/lobby-screens.test.tsx.
 * Soft expectations: one run names every screen that fails, and saves every picture.
 */
const SIZES = [{ name: 'portrait-1080', width: 1080, height: 1920 }] as const;
const LOCALES = [{ code: 'ar', name: 'العربية' }] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`no box for ${locator.toString()}`);
  return b;
}

/** Wholly on screen: below the top bar (landscape), above the step buttons, inside the window. */
async function expectInView(page: Page, what: Locator, label: string, above?: Locator) {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const b = await box(what);
  expect.soft(b.y, `${label}: top on screen`).toBeGreaterThanOrEqual(0);
  expect.soft(b.y + b.height, `${label}: bottom on screen`).toBeLessThanOrEqual(viewport.height + 1);
  const bar = await box(page.locator('.top-bar'));
  if (bar.y < viewport.height / 2)
    expect.soft(b.y, `${label}: below the top bar`).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  else expect.soft(b.y + b.height, `${label}: above the bottom bar`).toBeLessThanOrEqual(bar.y + 1);
  if (above && (await above.count()) > 0) {
    const a = await box(above.first());
    expect.soft(b.y + b.height, `${label}: above the button that moves on`).toBeLessThanOrEqual(a.y + 1);
  }
}

/** The urgent and help buttons: always on screen; on a portrait totem, in its lower half. */
async function expectUrgentReachable(page: Page, label: string, portrait: boolean) {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  for (const selector of ['.top-bar__scam-now', '.top-bar__after-scam', '.top-bar__help']) {
    await expect.soft(page.locator(selector), `${label}: ${selector}`).toBeInViewport({ ratio: 1, timeout: 1000 });
    if (portrait) {
      const b = await box(page.locator(selector));
      expect.soft(b.y, `${label}: ${selector} in the lower half`).toBeGreaterThan(viewport.height / 2);
    }
  }
  // The screen's own buttons (Back, Next) too.
  if (portrait && (await page.locator('.step-nav').count()) > 0) {
    const nav = await box(page.locator('.step-nav').first());
    expect.soft(nav.y, `${label}: the step buttons in the lower half`).toBeGreaterThan(viewport.height / 2);
  }
}

for (const size of SIZES) {
  for (const locale of LOCALES) {
    test(`${size.name}, ${locale.code}, largest text: what to do is in view before the button that moves on`, async ({
      page,
      kiosk,
    }) => {
      test.setTimeout(120_000);
      const portrait = size.height > size.width;
      await page.setViewportSize({ width: size.width, height: size.height });
      const photo = (name: string) => kiosk.snapshot(`lobby-${size.name}-${locale.code}`, name);
      await kiosk.open();
      await kiosk.touchToStart();
      await kiosk.chooseLanguage(locale.name);

      // Text and colours: the largest size, and its Done button still in view.
      await page.locator('.top-bar__display').click();
      await page.locator('.display__sizes .choice').nth(3).click();
      await photo('01-text-and-colours');
      await expect.soft(page.locator('.display .modal__close')).toBeInViewport({ ratio: 1, timeout: 1000 });
      await page.locator('.display .modal__close').scrollIntoViewIfNeeded();
      await page.locator('.display .modal__close').click();

      // Question 1: every answer in view.
      await photo('02-question-phone');
      await expectUrgentReachable(page, 'question', portrait);
      for (const [i, answer] of (await page.locator('.answer').all()).entries())
        await expectInView(page, answer, `answer ${i + 1}`);
      await page.locator('.answer').first().click();
      // Question 2 (several answers): every answer above Next.
      await expect(page.locator('.question__options')).toBeVisible();
      await photo('03-question-apps');
      for (const [i, answer] of (await page.locator('.answer').all()).entries())
        await expectInView(page, answer, `app answer ${i + 1}`, page.locator('.step-nav__next'));
      await page.locator('.answer').first().click();
      await page.locator('.step-nav__next').click();
      await page.locator('.answer').first().click();
      await page.locator('.answer').first().click();

      // The plan: the first item whole, above the buttons; more below says so.
      await expect(page.locator('.plan-item').first()).toBeVisible();
      await photo('04-plan');
      await expectInView(page, page.locator('.plan-item').first(), 'first plan item', page.locator('.plan .step-nav'));
      await expectUrgentReachable(page, 'plan', portrait);

      // A step: its whole instruction, above the step buttons.
      await kiosk.openFromPlan(0);
      await expect(page.locator('.version__choice, .step-progress__text').first()).toBeVisible();
      if (await page.locator('.version__choice').first().isVisible()) {
        await photo('05-version');
        for (const choice of await page.locator('.version__choice, .version__unsure').all())
          await expectInView(page, choice, 'version answer');
        await page.locator('.version__choice').first().click();
      }
      await kiosk.forward();
      await photo('06-step');
      await expectInView(page, page.locator('.step__text'), 'step instruction', page.locator('.step-nav'));
      // On the totem the picture of the phone takes the full width.
      if (portrait && (await page.locator('.phone__frame').count()) > 0) {
        const frame = await box(page.locator('.phone__frame'));
        expect.soft(frame.width, 'the phone picture, full width').toBeGreaterThan(size.width * 0.8);
      }
      await expectUrgentReachable(page, 'step', portrait);

      // Scrolled to the end of a long step, the urgent buttons are still there.
      await page.locator('.step__text').hover();
      await page.mouse.wheel(0, 3000);
      await expectUrgentReachable(page, 'scrolled step', portrait);

      // Someone is calling me now: every number whole, on one line, in view.
      await page.locator('.top-bar__scam-now').click();
      await expect(page.locator('.scam-now .hotline__number').first()).toBeVisible();
      await photo('07-scam-now');
      for (const number of await page.locator('.scam-now .hotline__number').all()) {
        await expect.soft(number).toBeInViewport({ ratio: 1, timeout: 1000 });
        const lines = await number.evaluate(
          (el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
        );
        expect.soft(lines, `${await number.textContent()} on one line`).toBe(1);
      }
      // The numbers stay put while the advice scrolls.
      const before = await box(page.locator('.scam-now .hotline__number').first());
      await page.locator('.scam-now .urgent__steps').hover();
      await page.mouse.wheel(0, 2000);
      const after = await box(page.locator('.scam-now .hotline__number').first());
      expect.soft(Math.abs(after.y - before.y), 'the numbers do not scroll').toBeLessThan(2);
      await page.locator('.scam-now .modal__close').click();
      kiosk.expectNoProblems();
    });
  }
}
