import type { CallResponse } from '../../shared/api.ts';
import { phoneTextPlain, showWord } from '../../shared/phone-words.ts';
import { expect, test } from './fixtures.ts';
import { api } from './kiosk-page.ts';

const IPHONE_NOTHING_YET = ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];
const NOT_SURE = ['phone-not-sure', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

test('a visitor picks 繁體中文 and turns off FaceTime on an iOS 18 phone', async ({ page, request, kiosk }) => {
  // Seven axe scans and a whole visit: on two cores beside the PDF suite it runs past the 30 s default.
  test.setTimeout(90_000);
  await kiosk.open();
  await kiosk.expectAccessible('attract');

  await kiosk.touchToStart();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await kiosk.expectAccessible('language');

  await kiosk.chooseLanguage('繁體中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await kiosk.answerQuestions(request, 'zh-Hant', IPHONE_NOTHING_YET);
  await kiosk.browse();
  await kiosk.expectAccessible('all guides');

  await kiosk.openTutorial('關閉 FaceTime');
  await expect(page.getByRole('heading', { name: '你的手機是哪個軟件版本？' })).toBeVisible();
  await kiosk.expectAccessible('version question');

  await kiosk.chooseVersion('iOS 18 或更新版本（包括 iOS 26）');
  // Her phone is in 繁體中文 too (the page model's answer): 設定 is the phone's word; "Apps" has no confirmed
  // Hong Kong word, so its meaning 應用程式 is shown (dashed on screen, as a translation).
  const steps = [
    '在你的 iPhone 上打開設定。它是灰色齒輪圖示。',
    '向下捲動，點按應用程式那一行。',
    '在應用程式列表中找到FaceTime，然後點按它。',
    '把最上面的FaceTime開關關掉。關掉後，開關會變成灰色。',
    '你有用同一個 Apple 帳戶的 iPad 或 Mac 嗎？請在那部裝置上也關掉 FaceTime，因為它仍然可以接到來電。',
  ];
  for (const [i, text] of steps.entries()) {
    await expect(kiosk.progress()).toHaveText(`第 ${i + 1} 步，共 ${steps.length} 步`);
    await expect(kiosk.stepText()).toHaveText(text);
    await kiosk.expectAccessible(`step ${i + 1}`);
    if (i === 1) {
      // The drawn phone shows the phone's own word for Settings, and marks the row to tap.
      await expect(page.locator('.phone__title')).toHaveText('設定');
      await expect(page.locator('.phone__row--target')).toContainText('應用程式');
      await expect(page.locator('.phone__row--target')).toContainText('點按這裏');
    }
    await kiosk.forward();
  }

  // "I did it" returns to the list of guides the tutorial was opened from, with the tick.
  await expect(page.locator('.tutorial-card--done')).toContainText('關閉 FaceTime');
  await expect(page.locator('.tutorial-card--done')).toContainText('已完成');

  await kiosk.press('重新開始');
  await kiosk.press('是，清除並重新開始');
  await expect(page.locator('.attract__surface')).toBeVisible();
  kiosk.expectNoProblems();

  // The anonymous visit log holds this visit, step by step, and nothing more.
  // This page's first visit, the one just reset: the log is read for it alone.
  await expect.poll(async () => (await kiosk.visitEvents(0)).some((e) => e.kind === 'visit_reset')).toBe(true);
  const visit = await kiosk.visitEvents(0);
  const count = (kind: string) => visit.filter((e) => e.kind === kind).length;
  expect(visit[0]?.kind).toBe('visit_started');
  expect(visit.at(-1)?.kind).toBe('visit_reset');
  expect(visit.filter((e) => e.kind === 'question_answered').map((e) => e.answer_id)).toEqual(IPHONE_NOTHING_YET);
  expect({
    plans: count('plan_shown'),
    opened: count('tutorial_opened'),
    steps: count('tutorial_step_viewed'),
    completed: count('tutorial_completed'),
  }).toEqual({ plans: 1, opened: 1, steps: steps.length, completed: 1 });
  expect(visit.filter((e) => e.kind === 'tutorial_step_viewed').map((e) => e.step_index)).toEqual([0, 1, 2, 3, 4]);
  expect(visit.find((e) => e.kind === 'visit_started')?.locale).toBe('zh-Hant');
  expect(visit.every((e) => /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(e.hour))).toBe(true);
});

test('Back leads from the first step to the version question, and the iOS 17 path has its own steps', async ({
  page,
  request,
  kiosk,
}) => {
  await kiosk.openTutorialFromStart(request, {
    locale: 'en',
    language: 'English',
    answers: NOT_SURE,
    tutorial: 'Turn off FaceTime',
  });
  await expect(page.locator('.version__hint')).toContainText('If you see Apps there, choose iOS 18 or later.');
  await kiosk.chooseVersion('iOS 18 or later (including iOS 26)');
  await expect(kiosk.progress()).toHaveText('Step 1 of 5');
  await kiosk.press('Back');
  await kiosk.chooseVersion('iOS 17 or earlier');
  await expect(kiosk.progress()).toHaveText('Step 1 of 4');
  // Step 1 has its picture now (the home screen, Settings circled): "Yes" goes on, as Next did.
  await kiosk.forward();
  await expect(kiosk.stepText()).toHaveText('Scroll down and tap FaceTime.');
  kiosk.expectNoProblems();
});

test('Arabic turns the whole page right to left, phone pictures included', async ({ page, request, kiosk }) => {
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await kiosk.answerQuestions(request, 'ar', NOT_SURE);
  await kiosk.browse();
  await kiosk.expectAccessible('all guides (Arabic)');
  // Right to left for real: the Start over button sits on the left edge.
  const box = await page.getByRole('button', { name: 'ابدأ من جديد' }).boundingBox();
  expect(box && box.x < 640).toBe(true);

  await kiosk.openTutorial('أوقِف FaceTime');
  await kiosk.chooseVersion('iOS 18 أو أحدث (بما في ذلك iOS 26)');
  await kiosk.forward();
  // The words by the one rule (shared/phone-words.ts), for a phone in Arabic (the answer given with the language).
  const { tutorial } = await api<CallResponse<'openTutorial'>>(request, 'openTutorial', {
    tutorialId: 'iphone-turn-off-facetime',
    locale: 'ar',
  });
  const step = tutorial.variants.find((v) => v.id === 'ios-18-and-later')!.steps[1]!;
  await expect(kiosk.stepText()).toHaveText(phoneTextPlain(step.text, tutorial.words, 'ar', 'ar'));
  expect(await kiosk.stepText().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // The phone's word for Settings in Arabic is drawn; "Apps" has no confirmed Arabic word, so the picture
  // shows what the rule gives for it (its meaning, marked as a translation by the drawing), never "Apps*".
  await expect(page.locator('.phone__title')).toHaveText('الإعدادات');
  const target = page.locator('.phone__row--target .phone__label');
  await expect(target).toHaveText(showWord(tutorial.words['ios-apps']!, 'ar', 'ar').shown);
  await kiosk.expectAccessible('tutorial step (Arabic)');
  kiosk.expectNoProblems();
});
