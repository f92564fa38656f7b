import i18next from 'i18next';
import ICU from 'i18next-icu';
import { FALLBACK_LOCALE, LOCALES, type Locale } from '../../shared/locales.ts';
import ar from '../../renderer/i18n/locales/ar/ui.json' with { type: 'json' };
import en from '../../renderer/i18n/locales/en/ui.json' with { type: 'json' };
import es from '../../renderer/i18n/locales/es/ui.json' with { type: 'json' };
import id from '../../renderer/i18n/locales/id/ui.json' with { type: 'json' };
import ko from '../../renderer/i18n/locales/ko/ui.json' with { type: 'json' };
import vi from '../../renderer/i18n/locales/vi/ui.json' with { type: 'json' };
import zhHans from '../../renderer/i18n/locales/zh-Hans/ui.json' with { type: 'json' };
import zhHant from '../../renderer/i18n/locales/zh-Hant/ui.json' with { type: 'json' };

/** The page's own string tables, as renderer/i18n/i18n.ts loads them (that file needs a DOM; this runs in Node). */
const TABLES: Record<Locale, Record<string, unknown>> = {
  en,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
  es,
  id,
  vi,
  ko,
  ar,
};

export type ReportT = (key: string, vars?: Record<string, unknown>) => string;

/** The merge tool's words in `locale`: the same ICU messages the staff screen shows, English where one is missing. */
export function reportT(locale: Locale): ReportT {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({
    resources: Object.fromEntries(LOCALES.map((l) => [l, { ui: TABLES[l] }])),
    lng: locale,
    fallbackLng: FALLBACK_LOCALE,
    defaultNS: 'ui',
    ns: ['ui'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.getFixedT(locale);
  return (key, vars) => t(key, vars ?? {});
}
