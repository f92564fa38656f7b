import { describe, expect, inject, it } from 'vitest';
import { UI_STRINGS } from '../../renderer/i18n/i18n.ts';
import type { ChecklistText, ChecklistView } from '../../shared/checklist-schema.ts';
import type { Locale } from '../../shared/locales.ts';
import type { PhoneLocale } from '../../shared/phone-picture.ts';
import { MENU_PATHS } from '../support/sheet-cases.ts';
import { mountSheet } from './mount-sheet.tsx';

/**
 * phone-language (issue 17): a checklist path's `{{id}}` phone words print by the one rule
 * (shared/phone-words.ts), as on screen: the phone's own word where its language is known, with the
 * meaning beside it for a reader of another language; otherwise the meaning, dashed, and one line on
 * the sheet saying what the dashes mean. Drawn on the real Arabic and English sheet (sheet-views.ts)
 * with its paths replaced by one hand-made path.
 */
const none = { en: null, 'zh-Hant': null, 'zh-Hans': null, es: null, id: null, vi: null, ko: null, ar: null };
const PHONE = { settings: { ...none, en: 'Settings', ar: 'الإعدادات' }, apps: { ...none, en: 'Apps' }, blocked: none };
const MEANING: Partial<Record<Locale, Record<keyof typeof PHONE, string>>> = {
  en: { settings: 'Settings', apps: 'Apps', blocked: 'Blocked list' },
  ar: { settings: 'الإعدادات', apps: 'التطبيقات', blocked: 'قائمة الحظر' },
};
const legend = (locale: Locale) =>
  (UI_STRINGS[locale] as { phoneLanguage: { sheetLegend: string } }).phoneLanguage.sheetLegend;

function sheetWith(path: string, phone: PhoneLocale): ChecklistView {
  const real = inject('sheetViews')[MENU_PATHS.name];
  if (!real) throw new Error('no Arabic and English sheet composed');
  const withPath = (text: ChecklistText): ChecklistText => {
    const meaning: Partial<Record<keyof typeof PHONE, string>> = MEANING[text.locale] ?? {};
    const words = Object.fromEntries(
      Object.entries(PHONE).map(([id, own]) => [id, { phone: own, meaning: meaning[id as keyof typeof PHONE] ?? id }]),
    );
    // Only the hand-made path: the real ones name phone words too, and their translations would bring the legend.
    const [first] = text.todo;
    return first ? { ...text, done: [], todo: [{ ...first, path, words }] } : text;
  };
  return { ...real, phone, texts: real.texts.map(withPath) };
}

const firstPath = (sheet: HTMLElement, lang: string) =>
  sheet.querySelector<HTMLElement>(`.sheet__item .sheet__cell[lang="${lang}"] .sheet__path`);
const steps = (path: HTMLElement | null) =>
  [...(path?.querySelectorAll<HTMLElement>(':scope > .menu-path__step') ?? [])].map((s) =>
    s.innerText.replaceAll(/\s+/g, ''),
  );

describe("a printed path's phone words", () => {
  it("an Arabic reader's phone in English: the English words with their Arabic meaning, the unknown one dashed, the legend", async () => {
    const { sheet } = await mountSheet(sheetWith('{{settings}} > {{apps}} > {{blocked}}', 'en'));
    const ar = firstPath(sheet, 'ar');
    expect(steps(ar)).toEqual(['Settings(الإعدادات)', 'Apps(التطبيقات)', 'قائمةالحظر']);
    expect([...(ar?.querySelectorAll('.phone-word__own') ?? [])].map((e) => e.getAttribute('dir'))).toEqual([
      'ltr',
      'ltr',
    ]);
    const dashed = ar?.querySelector('.phone-word--translated');
    expect(dashed?.textContent).toBe('قائمة الحظر');
    expect(getComputedStyle(dashed as Element).textDecorationStyle).toBe('dashed');
    // Still read in order right to left: steps isolated, the arrows pointing left.
    expect(
      [...(ar?.querySelectorAll(':scope > .menu-path__arrow') ?? [])].map((a) => a.getAttribute('data-points')),
    ).toEqual(['left', 'left']);
    // The family's English column: the same phone, so the same English words, no gloss needed.
    expect(steps(firstPath(sheet, 'en'))).toEqual(['Settings', 'Apps', 'Blockedlist']);
    expect(sheet.querySelector('.sheet__cell[lang="ar"] .sheet__legend')?.textContent).toBe(legend('ar'));
    expect(sheet.querySelector('.sheet__cell[lang="en"] .sheet__legend')?.textContent).toBe(legend('en'));
  });

  it("a phone in the reader's language: its own words, no gloss, and no legend where no word is a translation", async () => {
    const { sheet } = await mountSheet(sheetWith('{{settings}} > FaceTime', 'unknown'));
    // 'unknown' is the visitor's language: Arabic, for the family's English column too (it is the visitor's phone).
    expect(steps(firstPath(sheet, 'ar'))).toEqual(['الإعدادات', 'FaceTime']);
    expect(steps(firstPath(sheet, 'en'))).toEqual(['الإعدادات(Settings)', 'FaceTime']);
    expect(sheet.querySelector('.phone-word__gloss')?.closest('.sheet__cell')?.getAttribute('lang')).toBe('en');
    expect(sheet.querySelector('.sheet__legend')).toBeNull();
  });
});
