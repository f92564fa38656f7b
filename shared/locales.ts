import { z } from 'zod';

/** Every language the kiosk can speak. Order is the order the language picker shows. */
export const LOCALES = ['en', 'zh-Hant', 'zh-Hans', 'es', 'id', 'vi', 'ko', 'ar'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Content that is missing in a locale falls back to this one (and says so). */
export const FALLBACK_LOCALE: Locale = 'en';

export type TextDirection = 'ltr' | 'rtl';

export interface LocaleInfo {
  code: Locale;
  /** The language's name in its own script: visitors look for their language, not ours. */
  nativeName: string;
  dir: TextDirection;
  /** BCP 47 tag for <html lang>, so screen readers and fonts pick the right voice and glyphs. */
  htmlLang: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { code: 'en', nativeName: 'English', dir: 'ltr', htmlLang: 'en' },
  'zh-Hant': { code: 'zh-Hant', nativeName: '繁體中文', dir: 'ltr', htmlLang: 'zh-Hant-HK' },
  'zh-Hans': { code: 'zh-Hans', nativeName: '简体中文', dir: 'ltr', htmlLang: 'zh-Hans-CN' },
  es: { code: 'es', nativeName: 'Español', dir: 'ltr', htmlLang: 'es' },
  id: { code: 'id', nativeName: 'Bahasa Indonesia', dir: 'ltr', htmlLang: 'id' },
  vi: { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr', htmlLang: 'vi' },
  ko: { code: 'ko', nativeName: '한국어', dir: 'ltr', htmlLang: 'ko' },
  ar: { code: 'ar', nativeName: 'العربية', dir: 'rtl', htmlLang: 'ar' },
};

export const localeInfoSchema = z.object({
  code: localeSchema,
  nativeName: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  htmlLang: z.string(),
});
