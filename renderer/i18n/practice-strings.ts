import type { i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import ar from './locales/ar/practice.json' with { type: 'json' };
import en from './locales/en/practice.json' with { type: 'json' };
import es from './locales/es/practice.json' with { type: 'json' };
import id from './locales/id/practice.json' with { type: 'json' };
import ko from './locales/ko/practice.json' with { type: 'json' };
import vi from './locales/vi/practice.json' with { type: 'json' };
import zhHans from './locales/zh-Hans/practice.json' with { type: 'json' };
import zhHant from './locales/zh-Hant/practice.json' with { type: 'json' };
import { pseudoTable } from './pseudo.ts';

/**
 * The words of the practice calls (issue 20), under `practice.` beside its button's (`practice.open`, in
 * ui.json). They come with the practice chunk, not with every visitor's first screen: in the entry they took
 * its JavaScript over the 200 KB budget (issue 18). The same checks hold them as ui.json
 * (tests/unit/renderer/ui-strings.test.ts reads both).
 */
export const PRACTICE_STRINGS: Record<Locale, Record<string, unknown>> = {
  en,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
  es,
  id,
  vi,
  ko,
  ar,
};

/** Adds them to the page's tables, once: the first practice screen drawn calls it before its first word. */
export function addPracticeStrings(i18n: I18n): void {
  if (i18n.exists('practice.title', { lng: 'en' })) return;
  const pseudo = typeof window !== 'undefined' && window.__SAFECALL_PSEUDO__ === true;
  for (const locale of LOCALES)
    i18n.addResourceBundle(
      locale,
      'ui',
      { practice: pseudo ? pseudoTable(PRACTICE_STRINGS.en) : PRACTICE_STRINGS[locale] },
      true,
      false,
    );
}
