import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { SuppressedVisitReport } from '../../shared/report-schema.ts';

/** A count as paper gets it: exact, or suppressed ("<5"). */
export type PrintedCount = number | string;

/** The top guides the page has room for: one A4 or Letter page holds eight rows beside the languages. */
export const TOP_GUIDES = 8;

/** How long a bar is drawn: the exact count, or the threshold of a suppressed one (never its true value). */
export function countValue(count: PrintedCount): number {
  return typeof count === 'number' ? count : Number(/^<(\d{1,2})$/.exec(count)?.[1] ?? 0);
}

/** A count in the report's language, with Latin digits as every printed sheet has them ("1,234", "<5"). */
export function countText(count: PrintedCount, locale: Locale): string {
  const format = new Intl.NumberFormat(`${LOCALE_INFO[locale].htmlLang}-u-nu-latn`);
  return typeof count === 'number' ? format.format(count) : `<${format.format(countValue(count))}`;
}

/** The most opened guides (the core sends them most first), and the longest bar they are drawn against. */
export function guideRows(report: SuppressedVisitReport) {
  const rows = report.guides.slice(0, TOP_GUIDES);
  return { rows, max: Math.max(1, ...rows.map((g) => countValue(g.opened))) };
}

/** Visits by language, each named in the report's language ("Arabic", "阿拉伯文"). */
export function languageRows(report: SuppressedVisitReport, locale: Locale) {
  const names = new Intl.DisplayNames([LOCALE_INFO[locale].htmlLang], { type: 'language' });
  const rows = report.languages.map((l) => ({
    ...l,
    name: names.of(LOCALE_INFO[l.locale].htmlLang.replace(/-(HK|CN)$/, '')) ?? LOCALE_INFO[l.locale].nativeName,
  }));
  return { rows, max: Math.max(1, ...rows.map((l) => countValue(l.visits))) };
}

/**
 * A translated sentence cut where a number stands ("<5", "2026-12-06", "a1b2c3d4e5f6"): those parts are
 * drawn left to right on their own, so an Arabic line neither mirrors "<" nor reorders a date's digits.
 */
export function splitNumbers(text: string): Array<{ text: string; number: boolean }> {
  const parts: Array<{ text: string; number: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(/\b[\da-f]{12}(?:, [\da-f]{12})*\b|<?\d[\d,.-]*/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), number: false });
    parts.push({ text: match[0], number: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), number: false });
  return parts;
}
