import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import type { Locale } from '../../shared/locales.ts';
import { api } from './kiosk-page.ts';

const IPHONE_NOTHING_YET = ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

/** Each visitor's way into the middle of the FaceTime tutorial, in their own words. */
const VISITORS: { locale: Locale; language: string; tutorial: string; version: string }[] = [
  { locale: 'ar', language: 'العربية', tutorial: 'أوقِف FaceTime', version: 'iOS 17 أو أقدم' },
  { locale: 'zh-Hant', language: '繁體中文', tutorial: '關閉 FaceTime', version: 'iOS 18 或更新版本（包括 iOS 26）' },
];

/** Nothing spills sideways out of the page, and no button's words are cut off (as the accessibility sweep checks). */
async function expectNothingCutOff(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button')]
      .filter((b) => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 2)
      .map((b) => b.innerText.slice(0, 30)),
  );
  expect(clipped).toEqual([]);
}

for (const visitor of VISITORS) {
  test(`${visitor.locale}: "I already paid" opens from the middle of a tutorial, shows the Hong Kong lines, and returns to the same step`, async ({
    page,
    request,
    kiosk,
  }) => {
    test.setTimeout(90_000);
    const { afterScam } = await api<CallResponse<'getSafetyAdvice'>>(request, 'getSafetyAdvice', {
      locale: visitor.locale,
    });
    await kiosk.openTutorialFromStart(request, { ...visitor, answers: IPHONE_NOTHING_YET });
    await kiosk.forward();
    const where = await kiosk.stepText().textContent();
    // This visit's own log: no other test's card is counted.
    const afterScamEvents = async () => (await kiosk.visitLog()).filter((e) => e.kind === 'after_scam_opened');
    expect(await afterScamEvents()).toEqual([]);

    // The button sits beside "Someone is calling me now" on every screen of the visit.
    const card = await kiosk.openUrgentCard('after-scam');
    await expect(card.locator('.modal__title')).toHaveText(afterScam.title);
    // Every step in order, each with what doing it now buys.
    await expect(card.locator('.after-scam__do')).toHaveText(afterScam.steps.map((s) => s.text));
    await expect(card.locator('.after-scam__buys')).toHaveText(
      afterScam.steps.map((s) => new RegExp(`${s.buys.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
    );
    // The region's lines (the e2e kiosk is a Hong Kong centre), anti-scam line first, digits left to right.
    // Confirmed lines only, the emergency number first (with when to call it), then the card's own order.
    await expect(card.locator('.hotline__number')).toHaveText(['999', '18222']);
    for (const number of await card.locator('.hotline__number').all())
      expect(await number.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await expect(page.locator('html')).toHaveAttribute('dir', visitor.locale === 'ar' ? 'rtl' : 'ltr');
    await expect(card.locator('.modal__close')).toBeInViewport({ ratio: 1 });
    await kiosk.snapshot(visitor.locale, '11-after-scam');
    await kiosk.expectAccessible('I already paid');
    await card.locator('.modal__close').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(kiosk.stepText()).toHaveText(where ?? '');
    await expect.poll(async () => (await afterScamEvents()).length).toBe(1);
    // No content id, no step: that the card was opened, nothing more.
    for (const event of await afterScamEvents())
      expect(event).toMatchObject({ tutorial_id: null, step_index: null, answer_id: null });

    // At the largest text size the top bar still holds both urgent buttons whole, and the card's close button stays on screen.
    await kiosk.chooseTextSize(3);
    await expectNothingCutOff(page);
    await kiosk.snapshot(visitor.locale, '12-top-bar-largest');
    const large = await kiosk.openUrgentCard('after-scam');
    await expect(large.locator('.modal__close')).toBeInViewport({ ratio: 1 });
    await expectNothingCutOff(page);
    await kiosk.snapshot(visitor.locale, '13-after-scam-largest');
    await page.keyboard.press('Escape');
    await expect(kiosk.stepText()).toHaveText(where ?? '');
    kiosk.expectNoProblems();
  });
}
