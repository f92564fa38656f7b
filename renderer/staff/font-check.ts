import type { Locale } from '../../shared/locales.ts';

/**
 * The face each language is drawn in (renderer/styles/fonts.css bundles them from @fontsource;
 * app.css picks them by :lang) and a word in its script: @fontsource splits each face by unicode-range, so the
 * check must ask for the script's own letters, not "A".
 */
export const LOCALE_FONT: Record<Locale, { family: string; sample: string }> = {
  en: { family: 'Noto Sans', sample: 'Settings' },
  'zh-Hant': { family: 'Noto Sans TC', sample: '設定' },
  'zh-Hans': { family: 'Noto Sans SC', sample: '设置' },
  es: { family: 'Noto Sans', sample: 'Configuración' },
  id: { family: 'Noto Sans', sample: 'Pengaturan' },
  vi: { family: 'Noto Sans', sample: 'Cài đặt' },
  ko: { family: 'Noto Sans KR', sample: '설정' },
  ar: { family: 'Noto Sans Arabic', sample: 'الإعدادات' },
};

/**
 * Whether the language's bundled face is there for its letters. `load` first: a face no screen has used
 * yet is loaded on demand, and `check` alone would call it missing; and `check` alone says yes for a
 * family no @font-face declares (the browser then falls back to a system font), so a family that
 * matches no face at all is missing too.
 */
export async function fontPresent(locale: Locale, fonts: FontFaceSet = document.fonts): Promise<boolean> {
  const { family, sample } = LOCALE_FONT[locale];
  const font = `16px "${family}"`;
  try {
    const faces = await fonts.load(font, sample);
    return faces.length > 0 && fonts.check(font, sample);
  } catch {
    return false;
  }
}

/**
 * The page's own Chromium version, for the browser shell, where the core runs outside any browser.
 * Chromium's reduced user agent says "156.0.0.0": only the major is true, so only it is shown.
 */
export function pageChromiumVersion(userAgent: string = navigator.userAgent): string | undefined {
  const version = /(?:Chrome|Chromium)\/([\d.]+)/.exec(userAgent)?.[1];
  return version?.replace(/^(\d+)\.0\.0\.0$/, '$1');
}
