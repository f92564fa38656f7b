import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ReportStep } from '../../shared/report-schema.ts';
import type { AnyVisitReport, ReportChartId } from './report-charts.ts';
import { readCount, type ReportCount } from './report-format.ts';
import type { ReportKey, ReportText } from './report-text.ts';

/**
 * The report's numbers as tables, one per section: every chart's numbers can be read (screen readers,
 * paper, a funder's spreadsheet) and the guides' table lists every guide, not only the charts' top ten.
 * Pure: text only, formatted in the report's language; the page and the HTML document render it.
 */

export const REPORT_SECTIONS = ['visits', 'assisted', 'languages', 'guides', 'checklists', 'help'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** The charts drawn in each section, above its table. Help has no chart: three numbers read better as text. */
export const SECTION_CHARTS: Record<ReportSectionId, ReportChartId[]> = {
  visits: ['visits'],
  assisted: ['assisted'],
  languages: ['languages'],
  guides: ['guides', 'funnel'],
  checklists: ['checklists'],
  help: [],
};

export interface ReportTable {
  section: ReportSectionId;
  title: string;
  columns: string[];
  /** The first cell names the row; the others are counts, formatted ("1,234" or "<5"). */
  rows: string[][];
}

const STEP_COLUMN = {
  day: 'report.column.day',
  week: 'report.column.week',
  month: 'report.column.month',
} as const satisfies Record<ReportStep, ReportKey>;

const SECTION_TITLE = {
  assisted: 'report.chart.assisted',
  languages: 'report.chart.languages',
  guides: 'report.chart.funnel',
  checklists: 'report.chart.checklists',
  help: 'report.chart.help',
} as const satisfies Record<Exclude<ReportSectionId, 'visits'>, ReportKey>;

const VISITS_TITLE = {
  day: 'report.chart.visitsDay',
  week: 'report.chart.visitsWeek',
  month: 'report.chart.visitsMonth',
} as const satisfies Record<ReportStep, ReportKey>;

/** A step's first day written out in full for a table ("1 Nov 2026"), or its month ("November 2026"). */
export function formatStepLong(start: string, step: ReportStep, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    step === 'month' ? { month: 'long', year: 'numeric' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].htmlLang, { ...options, timeZone: 'UTC' }).format(
    new Date(`${start}T00:00:00Z`),
  );
}

export function reportTables(report: AnyVisitReport, { locale, t }: { locale: Locale; t: ReportText }): ReportTable[] {
  const n = (count: ReportCount) => readCount(count, locale).text;
  const table = (section: ReportSectionId, columns: string[], rows: string[][]): ReportTable => ({
    section,
    title: t(section === 'visits' ? VISITS_TITLE[report.step] : SECTION_TITLE[section]),
    columns,
    rows,
  });
  const c = report.checklists;
  return [
    table(
      'visits',
      [t(STEP_COLUMN[report.step]), t('report.visits'), t('report.assisted')],
      report.series.map((s) => [formatStepLong(s.start, report.step, locale), n(s.visits), n(s.assisted)]),
    ),
    table(
      'assisted',
      [t('report.column.what'), t('report.column.count')],
      [
        [t('report.assisted'), n(report.visits.assisted)],
        [t('report.selfGuided'), n(report.visits.selfGuided)],
        [t('report.visits'), n(report.visits.total)],
      ],
    ),
    table(
      'languages',
      [t('report.column.language'), t('report.visits')],
      report.languages.map((l) => [LOCALE_INFO[l.locale].nativeName, n(l.visits)]),
    ),
    table(
      'guides',
      [
        t('report.column.guide'),
        t('report.guide.opened'),
        t('report.guide.finished'),
        t('report.guide.lookedDifferent'),
      ],
      report.guides.map((g) => [g.title, n(g.opened), n(g.completed), n(g.lookedDifferent)]),
    ),
    table(
      'checklists',
      [t('report.column.what'), t('report.column.count')],
      [
        [t('report.checklists.plans'), n(c.plans)],
        [t('report.checklists.shown'), n(c.shown)],
        [t('report.checklists.printed'), n(c.printed)],
        [t('report.checklists.printFailed'), n(c.printFailed)],
        [t('report.checklists.sentToBrowser'), n(c.sentToBrowser)],
        [t('report.checklists.resumed'), n(c.resumed)],
      ],
    ),
    table(
      'help',
      [t('report.column.what'), t('report.column.count')],
      [
        [t('report.help.helpRequested'), n(report.help.helpRequested)],
        [t('report.help.scamNow'), n(report.help.scamNow)],
        [t('report.help.afterScam'), n(report.help.afterScam)],
      ],
    ),
  ];
}

/** The threshold of the report's suppressed counts ("<5" → 5), or null when every count is exact. */
export function suppressionThreshold(report: AnyVisitReport): number | null {
  const counts: ReportCount[] = [
    ...Object.values(report.visits),
    ...report.series.flatMap((s) => [s.visits, s.assisted]),
    ...report.languages.map((l) => l.visits),
    ...report.guides.flatMap((g) => [g.opened, g.completed, g.lookedDifferent]),
    ...Object.values(report.checklists),
    ...Object.values(report.help),
  ];
  // The smallest bound is the threshold itself; larger ones ("<20") hide a count a sum would give away.
  const bounds = counts.filter((c) => typeof c === 'string').map((c) => readCount(c, 'en').value);
  return bounds.length === 0 ? null : Math.min(...bounds);
}
