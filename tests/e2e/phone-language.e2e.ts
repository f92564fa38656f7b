import type { CallResponse } from '../../shared/api.ts';
import type { TutorialView } from '../../shared/content-schema.ts';
import type { Locale } from '../../shared/locales.ts';
import type { PhoneLocale } from '../../shared/phone-picture.ts';
import { phoneTextParts, phoneTextPlain, showWord } from '../../shared/phone-words.ts';
import { expect, test } from './fixtures.ts';
import { api } from './kiosk-page.ts';

/**
 * phone-language (issue 17, ux audit M3): the answer to "Your phone's menus are in…" changes the
 * phone's words the kiosk shows, in the step's text and in its picture, and "Change" by the picture
 * changes them on the same step. Expected words come from the served guide through the one rule
 * (shared/phone-words.ts), so the test holds as content moves its phone words to `{{id}}`. The drawing
 * of each kind of word is pinned in tests/component/phone-text.test.tsx; the journey's moves in
 * tests/unit/renderer/journey.test.ts.
 */
const FACETIME = 'iphone-turn-off-facetime';
const VARIANT = 'ios-18-and-later';
const IPHONE_NOTHING_YET = ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

test('a 繁體中文 reader whose phone is in English sees Settings with 設定 beside it, changes to 繁體中文 on the step and sees 設定; an Arabic reader sees the English phone left to right', async ({
  page,
  request,
  kiosk,
}) => {
  const guide = async (locale: Locale) =>
    (await api<CallResponse<'openTutorial'>>(request, 'openTutorial', { tutorialId: FACETIME, locale })).tutorial;
  const zh = await guide('zh-Hant');
  const variant = zh.variants.find((v) => v.id === VARIANT)!;
  // The step whose picture is the Settings list ("tap Apps").
  const at = variant.steps.findIndex((s) => s.screen?.title === 'ios-settings');
  expect(at, 'a step of the FaceTime guide pictures the Settings list').toBeGreaterThanOrEqual(0);
  const settings = zh.words['ios-settings']!;

  /** The step as the rule shows it: text, the dashed-words note, and the picture's Settings title. */
  const expectStep = async (tutorial: TutorialView, phone: PhoneLocale) => {
    const step = tutorial.variants.find((v) => v.id === VARIANT)!.steps[at]!;
    await expect(kiosk.stepText()).toHaveText(phoneTextPlain(step.text, tutorial.words, phone, tutorial.locale));
    const unknown = [step.text, step.tip, step.check].some(
      (t) => t && phoneTextParts(t, tutorial.words, phone, tutorial.locale).some((p) => 'id' in p && !p.known),
    );
    await expect(page.locator('.step__translated-note')).toHaveCount(unknown ? 1 : 0);
    await expect(page.locator('.step .phone')).toContainText(
      showWord(tutorial.words['ios-settings']!, phone, tutorial.locale).shown,
    );
  };

  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.press('繁體中文');
  // Asked once, right after the reading language: 繁體中文 first, English second.
  await expect(page.locator('.phone-language .language__choice').nth(1)).toHaveText('English');
  await kiosk.snapshot('zh-Hant', 'phone-language-0-question');
  await kiosk.answerPhoneLanguage('English');
  await kiosk.answerQuestions(request, 'zh-Hant', IPHONE_NOTHING_YET);
  await kiosk.browse();
  await kiosk.openTutorial(zh.title);
  await kiosk.chooseVersion(variant.label);
  for (let i = 0; i < at; i++) await kiosk.forward();

  // The phone in English: "Settings", with 設定 beside it wherever the text names it.
  expect(showWord(settings, 'en', 'zh-Hant')).toEqual({ shown: 'Settings', known: true, gloss: '設定' });
  await expectStep(zh, 'en');
  if (variant.steps[at]!.text.includes('{{ios-settings}}'))
    await expect(kiosk.stepText()).toContainText('Settings（設定）');
  await expect(page.locator('.phone-language__line')).toContainText('English');
  await kiosk.snapshot('zh-Hant', 'phone-language-1-phone-in-english');

  // "Change" by the picture: the same choice over the step; 繁體中文 brings the phone's own Chinese words.
  await page.locator('.phone-language__change').click();
  const overlay = page.locator('dialog[open].phone-language');
  await expect(overlay.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await kiosk.snapshot('zh-Hant', 'phone-language-1b-change');
  await overlay.getByRole('button', { name: '繁體中文', exact: true }).click();
  await expect(overlay).toHaveCount(0);
  await expectStep(zh, 'zh-Hant');
  await expect(page.locator('.step .phone')).toContainText('設定');
  await expect(page.locator('.phone-language__line')).toContainText('繁體中文');
  await kiosk.snapshot('zh-Hant', 'phone-language-2-phone-in-chinese');

  // Back to English, then the reading language changes from the top bar: the phone's answer is kept.
  await page.locator('.phone-language__change').click();
  await overlay.getByRole('button', { name: 'English', exact: true }).click();
  await page.locator('.top-bar__language').click();
  await page.locator('dialog[open].language-picker').getByRole('button', { name: 'English', exact: true }).click();
  await expectStep(await guide('en'), 'en');
  await kiosk.snapshot('en', 'phone-language-3-english-reader');

  await page.locator('.top-bar__language').click();
  await page.locator('dialog[open].language-picker').getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectStep(await guide('ar'), 'en');
  // An Arabic page, a phone in English: the phone is drawn left to right.
  await expect(page.locator('.step__phone')).toHaveAttribute('dir', 'ltr');
  expect(await page.locator('.step .phone').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  await kiosk.snapshot('ar', 'phone-language-4-arabic-reader-english-phone');
  kiosk.expectNoProblems();
});
