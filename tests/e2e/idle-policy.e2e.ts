import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The idle policy for a real lobby (UX audit B1, M1): never wipe a visitor who is dialling a number
 * from an urgent card or waiting for staff; give people working on their own phone five minutes; chime
 * and say what will be cleared; and for one minute after a timeout let them continue where they were.
 * The e2e kiosk keeps the default timings: 120 s, 300 s on guides and the checklist, 30 s countdown.
 */

/** Counts chimes: every chime is one AudioContext. */
async function countChimes(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { chimes: number; AudioContext: typeof AudioContext };
    w.chimes = 0;
    const Real = w.AudioContext;
    w.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        w.chimes += 1;
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { chimes: number }).chimes);
}

test('an urgent card or "I need help" holds the idle timer: ten minutes open, and nothing is wiped', async ({
  page,
  request,
  kiosk,
}) => {
  await page.clock.install();
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('繁體中文');
  await kiosk.answerQuestions(request, 'zh-Hant', [
    'phone-iphone',
    'apps-whatsapp',
    'stranger-call-yes',
    'asked-to-share-no',
  ]);
  for (const [button, card] of [
    ['.top-bar__scam-now', '.scam-now'],
    ['.top-bar__after-scam', '.after-scam'],
    ['.top-bar__help', '.help'],
  ] as const) {
    await page.locator(button).click();
    await expect(page.locator(card)).toBeVisible();
    await page.clock.fastForward('10:00');
    // Still open, no "Are you still there?" over the numbers, the visit not wiped.
    await expect(page.locator(card)).toBeVisible();
    await expect(page.locator('.idle')).toHaveCount(0);
    if (card !== '.help') await expect(page.locator(`${card} .hotline__number`).first()).toBeInViewport();
    await page.locator(`${card} .modal__close`).click();
    await expect(page.locator('.plan-item').first()).toBeVisible();
  }
  // Closed, the timer counts again from zero.
  await page.clock.fastForward('01:50');
  await expect(page.locator('.idle')).toHaveCount(0);
  await page.clock.fastForward('00:15');
  await expect(page.locator('.idle')).toBeVisible();
  kiosk.expectNoProblems();
});

test('on a guide the warning waits five minutes, chimes and says what is cleared; a timed-out visit can be continued for one minute', async ({
  page,
  request,
  kiosk,
}) => {
  await page.clock.install();
  const chimes = await countChimes(page);
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('繁體中文');
  await kiosk.answerQuestions(request, 'zh-Hant', [
    'phone-iphone',
    'apps-none',
    'stranger-call-no',
    'asked-to-share-no',
  ]);
  await kiosk.openFromPlan(0);
  await expect(page.locator('.version__choice, .step-progress__text').first()).toBeVisible();
  if (await page.locator('.version__choice').first().isVisible())
    await page.locator('.version__choice').first().click();
  await kiosk.forward();
  const step = (await kiosk.stepText().textContent()) ?? '';
  const progress = (await kiosk.progress().textContent()) ?? '';

  // Two minutes looking at their own phone: nothing yet.
  await page.clock.fastForward('02:30');
  await expect(page.locator('.idle')).toHaveCount(0);
  // Five: a chime, and words that say what will happen.
  await page.clock.fastForward('02:31');
  await expect(page.locator('.idle')).toContainText('清除你的答案');
  expect(await chimes()).toBeGreaterThanOrEqual(1);
  await kiosk.snapshot('zh-Hant', 'idle-warning-guide');
  await page.clock.runFor('00:31');

  // The lobby offers this visit back, in the visitor's language, for a minute.
  const resume = page.locator('.attract__continue');
  await expect(resume).toHaveText('從剛才停下的地方繼續');
  await kiosk.snapshot('zh-Hant', 'attract-continue');
  await kiosk.expectAccessible('lobby with "continue"');
  // This page's one visit so far, known from the core's own answer.
  expect(await kiosk.visitIds()).toHaveLength(1);
  // Not logged as timed out while it can still be continued.
  expect((await kiosk.visitEvents(0)).filter((e) => e.kind === 'visit_timed_out')).toEqual([]);
  await resume.click();
  await expect(kiosk.stepText()).toHaveText(step);
  await expect(kiosk.progress()).toHaveText(progress);

  // Timed out again, and left: after a minute the offer is gone and the visit is logged as timed out.
  await page.clock.fastForward('05:01');
  await page.clock.runFor('00:31');
  await expect(resume).toBeVisible();
  await page.clock.runFor('01:01');
  await expect(resume).toHaveCount(0);
  await expect
    .poll(async () => (await kiosk.visitEvents(0)).filter((e) => e.kind === 'visit_timed_out').length)
    .toBe(1);
  // Nothing of it was kept where a page or a disk could hold it.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  kiosk.expectNoProblems();
});
