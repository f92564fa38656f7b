import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { CallResponse } from '../../shared/api.ts';
import { signInOverHttp, staffApi } from './kiosk-page.ts';

/**
 * Headless Chromium has no speech voices, so this stands in for the platform's speech engine: a
 * kiosk with a Hong Kong Cantonese voice and an English one, and nothing else. It records what the
 * kiosk asked it to say.
 */
async function fakeVoices(page: Page) {
  await page.addInitScript(() => {
    const voices = [
      { name: 'Sin-ji', lang: 'zh-HK', default: false, localService: true, voiceURI: 'sinji' },
      { name: 'Samantha', lang: 'en-US', default: true, localService: true, voiceURI: 'samantha' },
    ];
    const spoken: Array<{ text: string; lang: string; rate: number }> = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const synth = {
      getVoices: () => voices,
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang, rate: u.rate }),
      cancel: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    // The real utterance only accepts real voices; the stand-in's is a plain record.
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  });
}

const spoken = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __spoken: Array<{ text: string; lang: string; rate: number }> }).__spoken,
  );

test("read aloud speaks the screen in the visitor's language, at the chosen speed", async ({
  page,
  request,
  kiosk,
}) => {
  await fakeVoices(page);
  await kiosk.openTutorialFromStart(request, {
    locale: 'zh-Hant',
    language: '繁體中文',
    answers: ['phone-iphone', 'apps-none', 'stranger-call-no', 'asked-to-share-no'],
    tutorial: '關閉 FaceTime',
    version: 'iOS 17 或更舊版本',
  });
  await page.locator('.top-bar__display').click();
  await page.locator('.display__rates .choice').first().click(); // slow
  await page.locator('.display .modal__close').click();
  await page.locator('.top-bar__read-aloud').click();
  const [said] = await spoken(page);
  expect(said?.lang).toBe('zh-HK');
  expect(said?.rate).toBeLessThan(1);
  // The step as shown: 設定 is the phone's own word in 繁體中文 (the phone language the page model answered).
  expect(said?.text).toContain('在你的 iPhone 上打開設定');
  await kiosk.expectAccessible('step with read aloud');
});

test('without a voice for the language, there is no read-aloud button at all', async ({ page, request, kiosk }) => {
  await fakeVoices(page);
  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('العربية');
  await kiosk.answerQuestions(request, 'ar', ['phone-not-sure', 'apps-none', 'stranger-call-no', 'asked-to-share-no']);
  await expect(page.locator('.top-bar__help')).toBeVisible();
  await expect(page.locator('.top-bar__read-aloud')).toHaveCount(0);
  await page.locator('.top-bar__display').click();
  await expect(page.locator('.display__rates')).toHaveCount(0);
});

test("every script is drawn with the kiosk's own bundled fonts, fetched from the kiosk itself", async ({
  page,
  request,
  kiosk,
}) => {
  await kiosk.open();
  await kiosk.touchToStart();
  // Latin, Arabic, Chinese and Korean text is set first in its script's Common family, one face per weight (and a few
  // for what that face lacks: scripts/common-faces.ts): it comes with the faces loaded after the lobby, and the
  // warming loads it.
  // (The full-width comma and question mark of Chinese text come from the faces added to it for them.)
  // (Noto Sans TC's one-file subset lacks the full-width comma, and gets a face for it; Noto Sans SC's has it.)
  for (const [language, family, sample, common, commonSample] of [
    ['繁體中文', 'Noto Sans TC', '設定', 'Noto Sans TC Common', '設定，？'],
    ['العربية', 'Noto Sans Arabic', 'الإعدادات', 'Noto Sans Arabic Common', 'الإعدادات'],
    ['한국어', 'Noto Sans KR', '설정', 'Noto Sans KR Common', '설정'],
    ['简体中文', 'Noto Sans SC', '设置', 'Noto Sans SC Common', '设置？'],
    ['English', 'Noto Sans', 'Settings', 'Noto Sans Common', 'Settings'],
  ] as const) {
    await kiosk.chooseLanguage(language);
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(([f, s]) => document.fonts.check(`24px "${f}"`, s), [family, sample] as const),
      family,
    ).toBe(true);
    if (common && commonSample) {
      const heading = page.getByRole('heading', { level: 1 });
      expect(await heading.evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(new RegExp(`^"?${common}"?,`));
      await expect
        .poll(() =>
          page.evaluate(
            ([f, s]) =>
              // check() is true too where no face of the family exists: the family's faces must be there.
              [...document.fonts].some((face) => face.family.replaceAll('"', '') === f && face.status === 'loaded') &&
              // A Chinese comma: drawn by the face added to the family for it, loaded for this screen's text.
              (!s.includes('，') ||
                [...document.fonts].some(
                  (face) =>
                    face.family.replaceAll('"', '') === f &&
                    face.status === 'loaded' &&
                    /U\+FF0C\b/.test(face.unicodeRange),
                )) &&
              document.fonts.check(`24px "${f}"`, s),
            [common, commonSample] as const,
          ),
        )
        .toBe(true);
    }
    const loaded = await page.evaluate(
      (f) => [...document.fonts].some((face) => face.family.replaceAll('"', '') === f && face.status === 'loaded'),
      family,
    );
    expect(loaded, `${family} loaded`).toBe(true);
    // Back past "Your phone's menus are in…" (phone-language) to the reading language.
    await page.locator('.step-nav__back').click();
    await expect(page.locator('.phone-language')).toBeVisible();
    await page.locator('.step-nav__back').click();
  }
  const fontFiles = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.woff2?$/.test(n)),
  );
  expect(fontFiles.length).toBeGreaterThan(0);
  for (const url of fontFiles) expect(new URL(url).host).toBe(new URL(page.url()).host);
  void request;
});

test('staff health lists which enabled languages this kiosk can read aloud', async ({ page, request, kiosk }) => {
  await fakeVoices(page);
  // Signed in first: the first sign-in chooses the PIN (scrypt, most of a second), which the poll need not wait for.
  await signInOverHttp(request);
  await kiosk.open();
  await expect
    .poll(async () => (await staffApi<CallResponse<'getHealth'>>(request, 'getHealth', {})).voices)
    .toEqual({ reported: true, available: ['en', 'zh-Hant'], missing: ['zh-Hans', 'es', 'id', 'vi', 'ko', 'ar'] });
});
