import type en from '../i18n/locales/en/ui.json';

/** "a.b.c" for every string under an object of the English table. */
type Leaves<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The report's own words (charts, tables, notes): translated in all eight tables, unlike the staff chrome. */
export type ReportKey = Leaves<(typeof en)['report'], 'report.'>;

/**
 * The report's words in its language. The page passes i18next's `getFixedT(locale)`; the merge tool
 * (Node) passes the same over the same tables. Kept this narrow so the chart code needs no i18next.
 */
export type ReportText = (key: ReportKey, args?: Record<string, string | number>) => string;
