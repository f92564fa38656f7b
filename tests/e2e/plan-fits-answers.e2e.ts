import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import arUi from '../../renderer/i18n/locales/ar/ui.json' with { type: 'json' };
import zhHantUi from '../../renderer/i18n/locales/zh-Hant/ui.json' with { type: 'json' };
import { api, KioskPage } from './kiosk-page.ts';

const UI = { 'zh-Hant': zhHantUi, ar: arUi };

/**
 * Issue 12, "the visitor in a real lobby": plans that fit the answers (audit M5), walked for real:
 * "Not sure" which phone, through "let's find out", to a plan of guides for any phone. The plan screen
 * itself (what to press first, why each guide is there, "N more below", at the sizes lobbies have) is
 * tests/component/plan-screen.test.tsx's; "None of these" on the apps question is
 * tests/component/apps-question.test.tsx's.
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
