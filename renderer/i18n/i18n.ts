import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LOCALE, LOCALE_INFO, LOCALES, type Locale } from '../../shared/locales.ts';
import ar from './locales/ar/ui.json' with { type: 'json' };
import en from './locales/en/ui.json' with { type: 'json' };
import es from './locales/es/ui.json' with { type: 'json' };
import id from './locales/id/ui.json' with { type: 'json' };
import ko from './locales/ko/ui.json' with { type: 'json' };
import vi from './locales/vi/ui.json' with { type: 'json' };
import zhHans from './locales/zh-Hans/ui.json' with { type: 'json' };
import zhHant from './locales/zh-Hant/ui.json' with { type: 'json' };
import { takeLocalesAsGiven } from './known-locales.ts';
import { pseudoTable } from './pseudo.ts';

declare global {
  interface Window {
    /** Set by tests before the page loads: every language shows the pseudo-locale. */
    __SAFECALL_PSEUDO__?: boolean;
  }
}

/** UI strings are ICU messages; tutorial text is content and comes from the core, not from here. */
export const UI_STRINGS: Record<Locale, Record<string, unknown>> = {
  en,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
  es,
  id,
  vi,
  ko,
  ar,
};

export function createI18n(pseudo = typeof window !== 'undefined' && window.__SAFECALL_PSEUDO__ === true): I18n {
  takeLocalesAsGiven();
  const instance = i18next.createInstance();
  const strings = (l: Locale) => (pseudo ? pseudoTable(UI_STRINGS.en) : UI_STRINGS[l]);
  // initAsync: false with bundled tables: init has finished when it returns, and cannot fail to load.
  void instance
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(LOCALES.map((l) => [l, { ui: strings(l) }])),
      lng: FALLBACK_LOCALE,
      fallbackLng: FALLBACK_LOCALE,
      supportedLngs: [...LOCALES],
      defaultNS: 'ui',
      ns: ['ui'],
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}

/** The page's language and direction follow the visitor's language, for screen readers and fonts. */
export function applyDocumentLanguage(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = LOCALE_INFO[locale].htmlLang;
  doc.documentElement.dir = LOCALE_INFO[locale].dir;
}
