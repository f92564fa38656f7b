import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { JourneyAction } from '../../renderer/flow/journey.ts';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import { AssistProvider, type AssistView } from '../../renderer/staff/assist-context.tsx';
import type { TutorialView } from '../../shared/content-schema.ts';
import type { PhoneLocale, PhoneWordView } from '../../shared/phone-picture.ts';
import { phoneTextPlain } from '../../shared/phone-words.ts';
import { UI_STRINGS } from '../../renderer/i18n/i18n.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { normalized, shownText } from './text.ts';

/**
 * phone-language (issue 17): a step's text, tip and check show the phone's `{{id}}` words by the one
 * rule (shared/phone-words.ts), drawn by the real player screen, on hand-made guides (content is being
 * converted to `{{id}}` words in parallel; this pins the drawing, not the content).
 */
const VISIT = '00000000-0000-4000-8000-000000000001';
const none = { en: null, 'zh-Hant': null, 'zh-Hans': null, es: null, id: null, vi: null, ko: null, ar: null };
/** Settings is known in English and Chinese; Apps in English only; the blocked list in no language. */
const PHONE = {
  settings: { ...none, en: 'Settings', 'zh-Hant': '設定', ar: 'الإعدادات' },
  apps: { ...none, en: 'Apps' },
  blocked: none,
};
const MEANING: Record<'en' | 'zh-Hant' | 'ar', Record<keyof typeof PHONE, string>> = {
  en: { settings: 'Settings', apps: 'Apps', blocked: 'Blocked list' },
  'zh-Hant': { settings: '設定', apps: '應用程式', blocked: '封鎖名單' },
  ar: { settings: 'الإعدادات', apps: 'التطبيقات', blocked: 'قائمة الحظر' },
};
const TEXT = {
  en: { text: 'Open {{settings}}, then tap {{apps}}.', tip: 'Look for {{blocked}}.', check: 'Call 1-877-FTC-HELP.' },
  'zh-Hant': { text: '打開{{settings}}，然後點按{{apps}}。', tip: '找{{blocked}}。', check: '致電 1-877-FTC-HELP。' },
  ar: {
    text: 'افتح {{settings}} ثم اضغط {{apps}}.',
    tip: 'ابحث عن {{blocked}}.',
    check: 'اتصل بالرقم 1-877-FTC-HELP.',
  },
};

function guide(locale: 'en' | 'zh-Hant' | 'ar', step = TEXT[locale]): TutorialView {
  const words = Object.fromEntries(
    Object.entries(PHONE).map(([id, phone]) => [id, { phone, meaning: MEANING[locale][id as keyof typeof PHONE] }]),
  ) as Record<string, PhoneWordView>;
  return {
    id: 'hand-made',
    topic: 'iphone',
    title: 'A hand-made guide',
    summary: '',
    minutes: 2,
    locale,
    verified: true,
    done: '',
    why: '',
    appliesTo: { platform: 'ios', apps: [] },
    scamScripts: [],
    checklist: { item: '', path: '' },
    commonVariant: 'only',
    lastVerified: '2026-12-01',
    variants: [
      {
        id: 'only',
        label: 'iOS',
        platform: 'ios',
        steps: [{ id: 'one', verified: true, ...step }],
      },
    ],
    sources: [],
    words,
  };
}

async function drawStep(
  locale: 'en' | 'zh-Hant' | 'ar',
  phone: PhoneLocale,
  options: { assist?: AssistView; dispatch?: (a: JourneyAction) => void; step?: (typeof TEXT)['en'] } = {},
) {
  const api = fakeKiosk({
    openTutorial: ({ locale: asked }) => {
      const tutorial = guide(asked as 'en' | 'zh-Hant' | 'ar', asked === locale ? options.step : undefined);
      const [variant] = tutorial.variants;
      if (!variant) throw new Error('a guide without a variant');
      return { tutorial, variant };
    },
  });
  const screen = (
    <TutorialPlayerScreen
      locale={locale}
      visitId={VISIT}
      tutorialId="hand-made"
      variantId="only"
      stepIndex={0}
      versionUnsure={false}
      canOpen={() => true}
      dispatch={options.dispatch ?? (() => {})}
      phoneLocale={phone}
    />
  );
  await mountScreen(options.assist ? <AssistProvider value={options.assist}>{screen}</AssistProvider> : screen, {
    locale,
    api,
  });
  await expect.poll(() => document.querySelector('.step__text')).not.toBeNull();
}

/** The phone-language strings, as the screen shows them in `locale`. */
const say = (locale: 'en' | 'zh-Hant') =>
  (UI_STRINGS[locale] as { phoneLanguage: Record<'current' | 'change' | 'dashedNote', string> }).phoneLanguage;
const texts = (selector: string) =>
  [...document.querySelectorAll(selector)].map((e) => normalized(e.textContent ?? ''));

describe("the guide's footer", () => {
  it("says when the guide was last checked, as a date in the reader's own language, whichever language came first", async () => {
    await drawStep('en', 'en');
    expect(texts('.player__verified')).toEqual(['Checked on December 1, 2026']);
    await drawStep('zh-Hant', 'zh-Hant');
    expect(texts('.player__verified')[0]).toContain('2026年12月1日');
    await drawStep('ar', 'en');
    expect(texts('.player__verified')[0]).toContain('1 ديسمبر 2026');
    await drawStep('en', 'en');
    expect(texts('.player__verified')).toEqual(['Checked on December 1, 2026']);
  });
});

describe('the phone words in a step', () => {
  it("a Chinese reader whose phone is in English: the phone's English words, bold, each with its meaning beside it", async () => {
    await drawStep('zh-Hant', 'en');
    expect(texts('.step__text .phone-word__own')).toEqual(['Settings', 'Apps']);
    expect(texts('.step__text .phone-word__gloss')).toEqual(['（設定）', '（應用程式）']);
    expect(getComputedStyle(document.querySelector('.step__text .phone-word__own') as Element).fontWeight).toBe('700');
    // The meaning stands beside the word, in the sentence's size, on the word's line: the picture's rule (a
    // smaller line under the word) once leaked here and broke the sentence into three lines.
    const own = document.querySelector('.step__text .phone-word__own') as HTMLElement;
    const gloss = document.querySelector('.step__text .phone-word__gloss') as HTMLElement;
    expect(getComputedStyle(gloss)).toMatchObject({ display: 'inline', fontSize: getComputedStyle(own).fontSize });
    expect(gloss.getClientRects()[0]?.top).toBe(own.getClientRects()[0]?.top);
    // What is read aloud (the screen's text) is the one rule's plain text.
    const zh = guide('zh-Hant');
    expect(shownText('.step__text')).toBe(normalized(phoneTextPlain(TEXT['zh-Hant'].text, zh.words, 'en', 'zh-Hant')));
    expect(shownText('.step__text')).toBe('打開Settings（設定），然後點按Apps（應用程式）。');
  });

  it('a word the phone language does not confirm is its meaning, dashed, with one line saying what the dashes mean', async () => {
    await drawStep('zh-Hant', 'zh-Hant');
    expect(texts('.step__text .phone-word__own')).toEqual(['設定']);
    // Same language: no gloss.
    expect(document.querySelector('.step__text .phone-word__gloss')).toBeNull();
    expect(texts('.step__text .phone-word--translated')).toEqual(['應用程式']);
    expect(texts('.step__tip .phone-word--translated')).toEqual(['封鎖名單']);
    const dashed = getComputedStyle(document.querySelector('.phone-word--translated') as Element);
    expect(dashed.textDecorationStyle).toBe('dashed');
    expect(shownText('.step__translated-note')).toBe(say('zh-Hant').dashedNote);
  });

  it('no note when every word is the phone’s own', async () => {
    await drawStep('en', 'en', { step: { text: 'Open {{settings}}, then tap {{apps}}.', tip: '', check: '' } });
    expect(texts('.step__text .phone-word__own')).toEqual(['Settings', 'Apps']);
    expect(document.querySelector('.phone-word__gloss')).toBeNull();
    expect(document.querySelector('.step__translated-note')).toBeNull();
  });

  it('an Arabic reader whose phone is in English: each English word isolated left to right in its place; numbers still isolated', async () => {
    await drawStep('ar', 'en');
    const own = [...document.querySelectorAll<HTMLElement>('.step__text .phone-word__own')];
    expect(own.map((e) => [e.textContent, e.getAttribute('dir'), e.getAttribute('lang')])).toEqual([
      ['Settings', 'ltr', 'en'],
      ['Apps', 'ltr', 'en'],
    ]);
    // Right to left: the first word named stands to the right of the second on its line (or on a line
    // above it, where the sentence wraps between them), each word whole.
    const [first, second] = own.map((e) => e.getBoundingClientRect());
    const sameLine = first && second && Math.abs(first.top - second.top) < first.height / 2;
    expect(first && second && (sameLine ? first.left > second.right : first.bottom <= second.top)).toBe(true);
    expect(texts('.step__text .phone-word__gloss')).toEqual(['(الإعدادات)', '(التطبيقات)']);
    // LtrText keeps its job between the words: the number is one left-to-right run.
    expect(texts('.step__check .ltr-run')).toEqual(['1-877-FTC-HELP']);
  });

  it('"Phone menus: English — Change" by the picture opens the same choice over the step', async () => {
    const dispatched: JourneyAction[] = [];
    await drawStep('en', 'en', { dispatch: (a) => dispatched.push(a) });
    expect(shownText('.phone-language__line')).toBe(
      `${say('en').current.replace('{language}', 'English')} ${say('en').change}`,
    );
    await page.getByRole('button', { name: say('en').change }).click();
    expect(dispatched).toEqual([{ type: 'openOverlay', overlay: 'phoneLanguage' }]);
  });

  it("staff's English lines show the English step with the English phone's words", async () => {
    await drawStep('zh-Hant', 'zh-Hant', { assist: { assisted: true, english: true } });
    await expect.poll(() => shownText('.step__words > .in-english')).toBe('Open Settings, then tap Apps.');
    expect(shownText('.step__tip .in-english')).toBe('Look for Blocked list.');
  });
});
