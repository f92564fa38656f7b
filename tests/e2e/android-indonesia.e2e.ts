import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createKiosk, type Kiosk } from '../../electron/core/create-core.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';
import type { CallResponse } from '../../shared/api.ts';
import type { TutorialView } from '../../shared/content-schema.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { phoneTextPlain, showWord } from '../../shared/phone-words.ts';
import { api, KioskPage } from './kiosk-page.ts';

/**
 * The guide against APK files sent in chats (audit M7), as an Indonesian centre's visitor meets it:
 * a kiosk provisioned for region ID (its own data folder and kiosk.json), a visitor reading
 * Indonesian with an Android phone and WhatsApp. The plan puts the guide first; the visitor walks it
 * to the end. The same guide in Arabic checks right to left. That every step of it fits the screen in
 * every language, with the Indonesian centre's words, is the component sweep's
 * (tests/component/tutorial-steps.test.tsx, drawn again for each region whose words differ); its
 * pictures come with `npm run test:sweep`.
 */
const REPO = resolve(import.meta.dirname, '..', '..');
const GUIDE = 'android-install-unknown-apps';
/** Asked to share their screen too: the strongest rivals for first place (what to do after sharing, then "stop sharing your screen"). */
const SAMSUNG_WHATSAPP_ASKED = ['phone-samsung', 'apps-whatsapp', 'stranger-call-no', 'asked-to-share-yes'];
const OTHER_ANDROID_WHATSAPP = ['phone-other-android', 'apps-whatsapp', 'stranger-call-no', 'asked-to-share-no'];

let running: { kiosk: Kiosk; server: Server; base: string; dir: string } | undefined;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'safecall-e2e-id-'));
  writeFileSync(
    join(dir, 'kiosk.json'),
    JSON.stringify({ region: 'ID', centreName: 'Perpustakaan Kota', defaultLocale: 'id' }),
  );
  const kiosk = createKiosk({ dataDir: dir, appRoot: REPO, warn: () => {} });
  const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(REPO, 'dist', 'renderer') });
  running = { kiosk, server, base: `http://127.0.0.1:${await listen(server, 0)}`, dir };
});

test.afterAll(() => {
  if (!running) return;
  running.server.close();
  running.kiosk.close();
  rmSync(running.dir, { recursive: true, force: true });
});

/** A browser page on the Indonesian kiosk, the size of the kiosk's screen. */
async function indonesianKiosk(browser: Browser) {
  const context = await browser.newContext({ baseURL: running!.base, viewport: { width: 1280, height: 800 } });
  return { context, kiosk: new KioskPage(await context.newPage()) };
}

/** A step picture's title as the one rule shows it for a phone in `phone` (shared/phone-words.ts). */
function pictureTitle(tutorial: TutorialView, step: TutorialView['variants'][number]['steps'][number], phone: Locale) {
  const word = tutorial.words[step.screen?.title ?? ''];
  return word ? showWord(word, phone, tutorial.locale).shown : '';
}

async function planFor(
  kiosk: KioskPage,
  request: Parameters<KioskPage['answerQuestions']>[0],
  locale: Locale,
  answers: string[],
) {
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage(LOCALE_INFO[locale].nativeName);
  await expect(kiosk.page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
  await kiosk.answerQuestions(request, locale, answers);
  const { tutorial } = await api<CallResponse<'openTutorial'>>(request, 'openTutorial', { tutorialId: GUIDE, locale });
  return tutorial;
}

test('Indonesia: a Samsung owner who uses WhatsApp gets the APK guide first, and walks it to the end', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, kiosk } = await indonesianKiosk(browser);
  const { page } = kiosk;
  const tutorial = await planFor(kiosk, context.request, 'id', SAMSUNG_WHATSAPP_ASKED);
  expect(tutorial.locale).toBe('id');

  // First in the plan, ahead even of what to do after a screen share for a visitor asked to share.
  const first = page.locator('.plan-item').first();
  await expect(first).toHaveClass(/plan-item--first/);
  await expect(first.locator('.plan-item__title')).toHaveText('Android: cegah aplikasi terpasang dari chat');
  await kiosk.snapshot('id', 'android-apk-01-plan');
  await kiosk.expectAccessible('plan (Indonesian, Android)');

  // One variant, chosen by the plan: the guide opens on its first step, no version question.
  await kiosk.openFromPlan(0);
  const steps = tutorial.variants[0]!.steps;
  expect(steps).toHaveLength(8);
  for (const [i, step] of steps.entries()) {
    await expect(kiosk.progress()).toHaveText(`Langkah ${i + 1} dari ${steps.length}`);
    // The phone's words by the one rule, for a phone in the visitor's language (the answer given with it).
    await expect(kiosk.stepText()).toHaveText(phoneTextPlain(step.text, tutorial.words, 'id', tutorial.locale));
    // Steps resting on a label no source confirms say so; the others do not.
    await expect(page.locator('.step__unverified')).toHaveCount(step.verified ? 0 : 1);
    if (step.id === 'tap-allowed-app') {
      // The list of apps: its title as the rule gives it for a phone in Indonesian (not known: its meaning,
      // marked as a translation by the drawing, never an English word with an asterisk).
      await expect(page.locator('.phone__title')).toHaveText(pictureTitle(tutorial, step, 'id'));
      await expect(page.locator('.phone__row--target .phone__label')).toHaveText('WhatsApp');
      await kiosk.snapshot('id', 'android-apk-02-step-list');
      await kiosk.expectAccessible('step with the list of apps');
    }
    if (step.id === 'blocked-during-call') {
      // The message's Indonesian wording is not confirmed: its meaning is shown, marked as a translation.
      const message = tutorial.words['android-this-setting-is-blocked-to-protect-your-device']!;
      await expect(kiosk.stepText()).toContainText(showWord(message, 'id', 'id').shown);
      await expect(kiosk.stepText().locator('.phone-word--translated')).toHaveCount(1);
      await expect(kiosk.stepText()).toContainText('Tutup teleponnya');
      await kiosk.snapshot('id', 'android-apk-03-step-blocked-during-call');
    }
    await kiosk.forward();
  }

  // "I did it" returns to the plan, the guide ticked.
  await expect(first).toHaveClass(/plan-item--done/);
  kiosk.expectNoProblems();
  await context.close();
});

test('Arabic: the same guide reads right to left, the phone picture included', async ({ browser }) => {
  const { context, kiosk } = await indonesianKiosk(browser);
  const { page } = kiosk;
  const tutorial = await planFor(kiosk, context.request, 'ar', OTHER_ANDROID_WHATSAPP);
  await expect(page.locator('.plan-item').first().locator('.plan-item__title')).toHaveText(tutorial.title);
  await kiosk.openFromPlan(0);
  const steps = tutorial.variants[0]!.steps;
  const list = steps.findIndex((s) => s.id === 'tap-allowed-app');
  for (let i = 0; i < list; i++) await kiosk.forward();
  await expect(kiosk.stepText()).toHaveText(phoneTextPlain(steps[list]!.text, tutorial.words, 'ar', tutorial.locale));
  expect(await kiosk.stepText().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // The picture's title by the one rule for a phone in Arabic; a phone in Arabic is drawn right to left.
  await expect(page.locator('.phone__title')).toHaveText(pictureTitle(tutorial, steps[list]!, 'ar'));
  await expect(page.locator('.step__phone')).toHaveAttribute('dir', 'rtl');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await kiosk.snapshot('ar', 'android-apk-step-list');
  await kiosk.expectAccessible('step with the list of apps (Arabic)');
  kiosk.expectNoProblems();
  await context.close();
});
