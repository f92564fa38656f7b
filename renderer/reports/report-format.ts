import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ReportStep } from '../../shared/report-schema.ts';

/**
 * Numbers and dates of a report, in the report's language through Intl: the same on the staff screen,
 * on paper and in the merge tool (Node has the same ICU data). Pure: no DOM.
 */

/** A count as the report holds it: exact, or suppressed ("<5") in exports and print. */
export type ReportCount = number | string;

/** A count read for drawing: a suppressed one is drawn at its threshold, never at its true value. */
export interface CountCell {
  /** The height a bar may take: the exact count, or the threshold of a suppressed one. */
  value: number;
  suppressed: boolean;
  /** As printed beside the bar and in the table: "1,234", or "<5" with the locale's digits. */
  text: string;
}

export function readCount(count: ReportCount, locale: Locale): CountCell {
  const format = numberFormat(locale);
  if (typeof count === 'number') return { value: count, suppressed: false, text: format.format(count) };
  // The contract allows only "<N" (suppressedCountSchema): "<5" for a small count, or a larger round bound
  // ("<20") for one hidden so a small one cannot be worked out. Anything else is drawn as nothing, not guessed.
  const threshold = Number(/^<(\d{1,9})$/.exec(count)?.[1] ?? 0);
  return { value: threshold, suppressed: true, text: `<${format.format(threshold)}` };
}

export function numberFormat(locale: Locale): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALE_INFO[locale].htmlLang);
}

// Report days are calendar days with no time zone: read and written at UTC midnight so no zone moves them.
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** One bar's step as its axis names it: "3 Nov" for a day or a week (its first day), "Nov 2026" for a month. */
export function formatStep(start: string, step: ReportStep, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    step === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].htmlLang, { ...options, timeZone: 'UTC' }).format(dayDate(start));
}

/** The report's range as one phrase in its language ("1–30 Nov 2026"). */
export function formatRange(range: { from: string; to: string }, locale: Locale): string {
  const format = new Intl.DateTimeFormat(LOCALE_INFO[locale].htmlLang, { dateStyle: 'long', timeZone: 'UTC' });
  return format.formatRange(dayDate(range.from), dayDate(range.to));
}

/** Font stacks by name: the app's bundled Noto faces, the report's script first where it needs its own. */
export const REPORT_FONTS: Record<Locale, string> = {
  en: "'Noto Sans', sans-serif",
  es: "'Noto Sans', sans-serif",
  id: "'Noto Sans', sans-serif",
  vi: "'Noto Sans', sans-serif",
  'zh-Hant': "'Noto Sans', 'Noto Sans TC', sans-serif",
  'zh-Hans': "'Noto Sans', 'Noto Sans SC', sans-serif",
  ko: "'Noto Sans', 'Noto Sans KR', sans-serif",
  ar: "'Noto Sans Arabic', 'Noto Sans', sans-serif",
};
