import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import arUi from '../../renderer/i18n/locales/ar/ui.json' with { type: 'json' };
import zhHantUi from '../../renderer/i18n/locales/zh-Hant/ui.json' with { type: 'json' };
import { api, KioskPage } from './kiosk-page.ts';

const UI = { 'zh-Hant': zhHantUi, ar: arUi };

/**
 * Issue 12, "the visitor in a real lobby": plans that fit the answers (audit M5) and a plan screen
 * that says what to press first and why each guide is there (M9, m5), at the sizes lobbies have.
 */
// Each walks a whole visit in a real browser: generous on a busy build machine.
test.describe.configure({ timeout: 90_000 });

type Questions = CallResponse<'getQuestions'>['questions'];

async function questionsIn(
  request: APIRequestContext,
  locale: Locale,
): Promise<{ questions: Questions; baselineBecause: string | undefined }> {
  return api(request, 'getQuestions', { locale });
}
const option = (questions: Questions, id: string) => questions.flatMap((q) => q.options).find((o) => o.id === id)!;

async function start(page: Page, locale: Locale) {
  const kiosk = new KioskPage(page);
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage(LOCALE_INFO[locale].nativeName);
  return kiosk;
}

/** The answer whose label is exactly this ("有" is also in "沒有"). */
const answerButton = (page: Page, label: string) =>
  page.locator('.answer').filter({ has: page.locator('.answer__label').getByText(label, { exact: true }) });

/** The labels of the answers on screen, in order. */
const shownAnswers = (page: Page) => page.locator('.question__options .answer__label').allTextContents();

for (const locale of ['zh-Hant', 'ar'] as const) {
  test(`"Not sure" which phone in ${locale}: a look at the back of the phone, then no FaceTime for an Android phone, and only guides for any phone for "I still don't know"`, async ({
    page,
    request,
  }) => {
    const { questions } = await questionsIn(request, locale);
    const kiosk = await start(page, locale);
    // All five phone answers, "Not sure" too, are on a 1280x800 screen without scrolling.
    for (const o of questions[0]!.options) await expect(answerButton(page, o.label)).toBeInViewport({ ratio: 1 });
    await kiosk.snapshot(locale, 'question-phone');
    await answerButton(page, option(questions, 'phone-not-sure').label).click();
    await expect(page.locator('.find-phone')).toBeVisible();
    await expect(page.locator('.find-phone__choice')).toHaveCount(2);
    await kiosk.snapshot(locale, 'find-phone');
    await kiosk.expectAccessible("let's find out");
    // The three ways out are on screen without scrolling, each saying what it means.
    const { findPhone } = UI[locale];
    const iphone = page.locator('.find-phone__choice--iphone');
    const android = page.locator('.find-phone__choice--android');
    await expect(iphone).toHaveAccessibleName(`${findPhone.iphoneLine} ${findPhone.iphone}`);
    await expect(android).toHaveAccessibleName(`${findPhone.androidLine} ${findPhone.android}`);
    for (const button of [iphone, android, page.getByRole('button', { name: findPhone.unsure, exact: true })])
      await expect(button).toBeInViewport({ ratio: 1 });

    // Back returns to the phone question, nothing answered.
    await page.locator('.step-nav__back').click();
    await expect(page.locator('#question-title')).toHaveText(questions[0]!.title);
    await answerButton(page, option(questions, 'phone-not-sure').label).click();

    // "It's an Android": the apps question, without FaceTime.
    await android.click();
    await expect(page.locator('#question-title')).toHaveText(questions[1]!.title);
    expect(await shownAnswers(page)).toEqual(
      ['apps-whatsapp', 'apps-wechat', 'apps-none'].map((id) => option(questions, id).label),
    );
    await kiosk.snapshot(locale, 'apps-after-android');

    // Back to the phone question, and this time "I still don't know": guides for any phone only.
    await page.locator('.step-nav__back').click();
    await answerButton(page, option(questions, 'phone-not-sure').label).click();
    await kiosk.press(findPhone.unsure);
    expect(await shownAnswers(page)).toEqual(
      ['apps-whatsapp', 'apps-wechat', 'apps-none'].map((id) => option(questions, id).label),
    );
    await answerButton(page, option(questions, 'apps-none').label).click();
    await page.locator('.step-nav__next').click();
    await answerButton(page, option(questions, 'stranger-call-yes').label).click();
    await answerButton(page, option(questions, 'asked-to-share-no').label).click();
    await expect(page.locator('.plan-item').first()).toBeVisible();
    const { tutorials } = await api<CallResponse<'listTutorials'>>(request, 'listTutorials', { locale });
    const general = tutorials.filter((t) => t.topic === 'general').map((t) => t.title);
    const titles = await page.locator('.plan-item__title').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    for (const title of titles) expect(general, title).toContain(title);
    await kiosk.snapshot(locale, 'plan-phone-not-known');
    kiosk.expectNoProblems();
  });
}

test('"None of these" is chosen alone: it clears the apps, and an app clears it', async ({ page, request }) => {
  const { questions } = await questionsIn(request, 'en');
  const kiosk = await start(page, 'en');
  await page.locator('.answer', { hasText: 'iPhone' }).click();
  const answer = (id: string) => answerButton(page, option(questions, id).label);
  await answer('apps-whatsapp').click();
  await answer('apps-facetime').click();
  await expect(page.locator('.answer[aria-pressed="true"]')).toHaveCount(2);
  await answer('apps-none').click();
  await expect(page.locator('.answer[aria-pressed="true"]')).toHaveText([
    new RegExp(option(questions, 'apps-none').label),
  ]);
  await answer('apps-wechat').click();
  await expect(page.locator('.answer[aria-pressed="true"] .answer__label')).toHaveText([
    option(questions, 'apps-wechat').label,
  ]);
  // One layout for every answer card: the picture above the words, every card of a row as tall.
  const boxes = await page.locator('.question__options .answer').evaluateAll((cards) =>
    cards.map((c) => ({
      top: c.getBoundingClientRect().top,
      height: c.getBoundingClientRect().height,
      iconAbove:
        c.querySelector('.icon')!.getBoundingClientRect().bottom <=
        c.querySelector('.answer__label')!.getBoundingClientRect().top,
    })),
  );
  for (const box of boxes) expect(box.iconAbove).toBe(true);
  for (const row of Object.values(Object.groupBy(boxes, (b) => Math.round(b.top))))
    expect(new Set(row!.map((b) => Math.round(b.height))).size).toBe(1);
  await kiosk.expectAccessible('apps, one chosen');
  kiosk.expectNoProblems();
});

test('at 1280 x 800 and the first text size, a plan of five fits: one filled Start, "Do this first" on it, "I\'m finished" outlined', async ({
  page,
  request,
}) => {
  const answers = ['phone-iphone', 'apps-whatsapp', 'stranger-call-yes', 'asked-to-share-yes'];
  const kiosk = await start(page, 'zh-Hant');
  await kiosk.answerQuestions(request, 'zh-Hant', answers);
  await expect(page.locator('.plan-item')).toHaveCount(5);
  for (const item of await page.locator('.plan-item').all()) await expect(item).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.plan__more')).toHaveCount(0);
  await expect(page.locator('.plan .big-button--primary')).toHaveCount(1);
  await expect(page.locator('.plan-item').first().locator('.big-button--primary')).toBeVisible();
  await expect(page.locator('.plan-item').first().locator('.badge--first')).toBeVisible();
  await expect(page.locator('.plan__finish')).toHaveClass(/big-button--secondary/);
  // Why each guide is there, under its title.
  const { questions, baselineBecause } = await questionsIn(request, 'zh-Hant');
  const plan = await api<CallResponse<'makePlan'>>(request, 'makePlan', {
    locale: 'zh-Hant',
    answers: { phone: [answers[0]], apps: [answers[1]], 'stranger-call': [answers[2]], 'asked-to-share': [answers[3]] },
  });
  const expected = plan.actions.map((a) =>
    a.reason === 'baseline' ? baselineBecause : option(questions, a.reason).because,
  );
  await expect(page.locator('.plan-item__because')).toHaveText(expected.map((t) => t!));
  await expect(page.locator('.plan-item__because').nth(1)).toHaveText(
    '因為你說曾經有人打電話來，叫你共享螢幕、安裝應用程式或者告訴對方驗證碼。',
  );
  await kiosk.snapshot('zh-Hant', 'plan-five-fit');
  await kiosk.expectAccessible('plan');
  kiosk.expectNoProblems();
});

test('a returning visitor: "Do this first" and the filled Start move to the first guide not done, and "I\'m finished" is filled', async ({
  page,
  request,
}) => {
  const first = 'general-stop-screen-share';
  const { code } = await api<{ code: string }>(request, 'saveChecklist', {
    actions: [
      { tutorialId: first },
      { tutorialId: 'general-spot-fake-video-call' },
      { tutorialId: 'whatsapp-silence-unknown-callers' },
    ],
    completed: [first],
  });
  const kiosk = await start(page, 'ar');
  await page.locator('.question__resume').click();
  for (const d of code) await page.locator('.keypad__key', { hasText: new RegExp(`^${d}$`) }).click();
  await page.locator('.resume__go').click();
  await expect(page.locator('.plan-item')).toHaveCount(3);
  await expect(page.locator('.plan-item').first().locator('.badge--done')).toBeVisible();
  await expect(page.locator('.plan-item').first().locator('.badge--first')).toHaveCount(0);
  await expect(page.locator('.plan-item').nth(1).locator('.badge--first')).toBeVisible();
  await expect(page.locator('.plan .big-button--primary')).toHaveCount(2);
  await expect(page.locator('.plan-item').nth(1).locator('.big-button--primary')).toBeVisible();
  await expect(page.locator('.plan__finish')).toHaveClass(/big-button--primary/);
  // A resumed plan keeps content ids only, nothing the visitor said: no "because" lines.
  await expect(page.locator('.plan-item__because')).toHaveCount(0);
  await kiosk.snapshot('ar', 'plan-resumed-next-first');
  await kiosk.expectAccessible('resumed plan');
  kiosk.expectNoProblems();
});

test('at 1366 x 768 in Spanish at the largest text size: "because" under each guide, and "N more below" scrolls to the guides under the fold', async ({
  page,
  request,
  kiosk,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.textSize(3);
  await page.getByRole('button', { name: LOCALE_INFO.es.nativeName, exact: true }).click();
  await kiosk.answerQuestions(request, 'es', [
    'phone-samsung',
    'apps-whatsapp',
    'stranger-call-yes',
    'asked-to-share-yes',
  ]);
  await expect(page.locator('.plan-item')).toHaveCount(5);
  await expect(page.locator('.plan-item__because')).toHaveCount(5);
  await expect(page.locator('.plan-item__because').first()).toHaveText(
    'Porque nos dijo que alguien le llamó y le pidió compartir su pantalla, instalar una aplicación o darle un código.',
  );
  const more = page.locator('.plan__more');
  await expect(more).toBeInViewport({ ratio: 1 });
  await kiosk.snapshot('es', 'plan-largest-more-below');
  await kiosk.expectAccessible('plan with "more below"');
  // The cue counts the guides whose Start button is not wholly above the step buttons, and each tap
  // brings the next one up.
  const hidden = async () =>
    page.locator('.plan-item__start').evaluateAll((buttons) => {
      const barTop = document.querySelector('.step-nav')!.getBoundingClientRect().top;
      return buttons.filter((b) => b.getBoundingClientRect().bottom > barTop + 1).length;
    });
  let left = await hidden();
  expect(left).toBeGreaterThan(0);
  // Focus on a sticky step button (Tab, a switch) leaves the guides where they are.
  await page.locator('.plan__finish').focus();
  expect(await page.locator('.app__scroll').evaluate((e) => e.scrollTop)).toBe(0);
  while (left > 0) {
    await expect(more).toHaveText(left === 1 ? 'Queda 1 más abajo' : `Quedan ${left} más abajo`);
    await more.click();
    await expect.poll(hidden).toBeLessThan(left);
    left = await hidden();
  }
  await expect(more).toHaveCount(0);
  await expect(page.locator('.plan-item').last().locator('.plan-item__start')).toBeInViewport({ ratio: 1 });
  await kiosk.snapshot('es', 'plan-largest-scrolled');
  // The next screen opens at its top, not as far down as the plan was scrolled.
  expect(await page.locator('.app__scroll').evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  await page.locator('.plan__finish').click();
  await expect(page.locator('.done')).toBeVisible();
  expect(await page.locator('.app__scroll').evaluate((e) => e.scrollTop)).toBe(0);
  await expect(page.locator('.done h1')).toBeInViewport({ ratio: 1 });
  kiosk.expectNoProblems();
});
