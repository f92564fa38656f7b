import type { CallResponse } from '../../shared/api.ts';
import type { Locale } from '../../shared/locales.ts';
import { phoneTextPlain, phoneWordIds } from '../../shared/phone-words.ts';
import { TEST_PIN } from '../support/staff.ts';
import { expect, test } from './fixtures.ts';
import { api, signInOverHttp, type KioskPage } from './kiosk-page.ts';

/**
 * The assisted walkthrough end to end, in the real browser shell: staff sign in, "Help a visitor"
 * starts a visit the core logs as assisted, each step shows the facilitator notes in English and in
 * the visitor's language, the For-staff panel names the phone, version, guide and step, and the
 * English toggle puts the English text under the visitor's. The notes box, the panel and the toggle
 * are checked screen by screen (with axe) in tests/component/staff-assist.test.tsx; the session's
 * sliding five minutes in tests/unit/core/staff and tests/integration/staff.
 */
const FACETIME = 'iphone-turn-off-facetime';
const VARIANT = 'ios-18-and-later';
const IPHONE_NOTHING_YET = ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'];

async function walk(kiosk: KioskPage, request: Parameters<typeof api>[0], locale: Locale, language: string) {
  const { page } = kiosk;
  const heading = page.getByRole('heading', { level: 1 });
  // The pad's PIN: the kiosk's first, chosen the way the pad's own calls do.
  await expect(heading).toHaveText('Staff sign-in');
  for (const d of TEST_PIN) await page.getByRole('button', { name: d, exact: true }).click();
  // The PIN is checked with the kiosk's own scrypt cost: on a busy machine that takes a while.
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/staffSignIn'));
  await kiosk.press('Sign in');
  expect((await signedIn).ok()).toBe(true);
  await expect(heading).toHaveText('Staff');
  await kiosk.snapshot(locale, 'assist-1-staff-home');
  await kiosk.press('Help a visitor');

  // The visitor's language screen, then the visitor's own questions and guide.
  await kiosk.chooseLanguage(language);
  await expect(page.locator('.assist-bar')).toBeVisible();
  await kiosk.answerQuestions(request, locale, IPHONE_NOTHING_YET);
  const own = (await api<CallResponse<'openTutorial'>>(request, 'openTutorial', { tutorialId: FACETIME, locale }))
    .tutorial;
  const en = (await api<CallResponse<'openTutorial'>>(request, 'openTutorial', { tutorialId: FACETIME, locale: 'en' }))
    .tutorial;
  const variant = own.variants.find((v) => v.id === VARIANT)!;
  const enVariant = en.variants.find((v) => v.id === VARIANT)!;
  await kiosk.browse();
  await kiosk.openTutorial(own.title);
  await kiosk.chooseVersion(variant.label);
  await kiosk.forward();

  // Step 2 ("tap Apps"): its note, English first, then in the visitor's language with its lang and dir.
  const step = variant.steps[1]!;
  const note = step.facilitator![0]!;
  // The phone's words by the one rule: the visitor answered that their phone is in their own language.
  const stepShown = phoneTextPlain(step.text, own.words, locale, own.locale);
  await expect(kiosk.stepText()).toHaveText(stepShown);
  const notes = page.locator('.staff-notes');
  await expect(notes).toHaveAttribute('lang', 'en');
  await expect(notes.locator('.staff-notes__part').first()).toContainText(note.en);
  const visitorNotes = notes.locator('.staff-notes__part--visitor ul');
  await expect(visitorNotes).toHaveText(note.text);
  await expect(visitorNotes).toHaveAttribute('lang', locale === 'ar' ? 'ar' : 'zh-Hant-HK');
  await expect(visitorNotes).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  await kiosk.snapshot(locale, 'assist-2-step-notes');

  // The visitor says the step looks different; the panel remembers it.
  await page.locator('.step-nav__different').click();
  await page.locator('.different__back').click();

  // The Help overlay's "For staff" button opens the panel: phone, version, guide and step, in both languages.
  await page.locator('.top-bar__help').click();
  await page.locator('.help__for-staff').click();
  const panel = page.locator('.staff-panel');
  const row = (label: string) =>
    panel.locator('.staff-panel__row').filter({ has: page.locator('dt', { hasText: label }) });
  await expect(row('Phone').locator('.staff-panel__en')).toHaveText('iPhone');
  await expect(row('Version chosen')).toContainText(enVariant.label);
  await expect(row('Version chosen').locator('.staff-panel__visitor')).toHaveText(variant.label);
  await expect(row('Guide').locator('.staff-panel__en')).toHaveText(en.title);
  await expect(row('Guide').locator('.staff-panel__visitor')).toHaveText(own.title);
  await expect(row('Step').first()).toContainText(`Step 2 of ${variant.steps.length}`);
  await expect(row('Steps that looked different')).toContainText('Step 2');
  await kiosk.snapshot(locale, 'assist-3-panel');
  await kiosk.expectAccessible('For-staff panel');

  // "Show in English for staff": the English under the visitor's text; the visitor's language stays.
  await page.locator('.staff-panel__toggle').click();
  await expect(page.locator('.staff-panel__toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.staff-panel .modal__close').click();
  const english = page.locator('.step__words > .in-english');
  // Staff read the English step with the English phone's words (what an English phone shows, where known).
  const enText = enVariant.steps[1]!.text;
  await expect(english).toHaveText(phoneTextPlain(enText, en.words, 'en', 'en'));
  for (const id of phoneWordIds(enText))
    await expect(english).toContainText(en.words[id]?.phone.en ?? en.words[id]?.meaning ?? id);
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.player > .in-english')).toHaveText(en.title);
  await expect(kiosk.stepText()).toHaveText(stepShown);
  await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  // The picture shows the step from its top (closing the panel left it scrolled to the notes).
  await page.locator('.app__scroll').evaluate((e) => e.scrollTo({ top: 0 }));
  await kiosk.snapshot(locale, 'assist-4-english-on');
  await kiosk.expectAccessible('step with notes and English');

  // Practise a scam call (issue 20): from the panel, staff open the practice calls for the visitor, on the step
  // they are on; Back from the list leads to the visitor's plan.
  await page.locator('.assist-bar__open').click();
  await page.locator('.staff-panel__practice').click();
  await expect(page.locator('main.practice .practice-card').first()).toBeVisible();
  await page.locator('main.practice .step-nav__back').click();
  await expect(page.locator('.plan-item').first()).toBeVisible();

  // Start over ends the assisted visit (and the staff session); the log says it was assisted, and nothing of who.
  await kiosk.endVisit();
  await expect(page.locator('.attract__surface')).toBeVisible();
  await expect.poll(async () => (await kiosk.visitEvents(-1)).some((e) => e.kind === 'visit_reset')).toBe(true);
  const started = (await kiosk.visitEvents(-1)).find((e) => e.kind === 'visit_started');
  expect(started).toMatchObject({ locale, assisted: 1 });
}

test('a volunteer helps a 繁體中文 visitor: notes on each step, the For-staff panel, English under the Chinese; logged as assisted', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(90_000);
  await signInOverHttp(request);
  await kiosk.open();
  await page.keyboard.press('Control+Alt+KeyS');
  await walk(kiosk, request, 'zh-Hant', '繁體中文');
  kiosk.expectNoProblems();
});

test('a volunteer steps in over an Arabic visitor by five taps in the right-hand corner and walks them through; logged as assisted', async ({
  page,
  request,
  kiosk,
}) => {
  test.setTimeout(90_000);
  await signInOverHttp(request);
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('العربية');
  // Right to left: the kiosk's name, and the hidden corner with it, sit top right.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const width = page.viewportSize()!.width;
  for (let i = 0; i < 5; i++) await page.mouse.click(width - 10, 10);
  await walk(kiosk, request, 'ar', 'العربية');
  // The visitor's own visit before it was not assisted.
  expect((await kiosk.visitEvents(0)).find((e) => e.kind === 'visit_started')).toMatchObject({ assisted: 0 });
  kiosk.expectNoProblems();
});
