import type { i18n as I18n } from 'i18next';
import { LOCALE_INFO } from '../../shared/locales.ts';
import type { ReportSheetView } from '../../shared/report-sheet-schema.ts';
// Types only: ECharts itself is imported when a report is drawn (drawSheetCharts).
import type { ReportChartId } from '../reports/report-charts.ts';
import { REPORT_FONTS } from '../reports/report-format.ts';
import type { ReportText } from '../reports/report-text.ts';

/** The charts the paper shows, as SVG strings from the staff screen's own chart code (report-charts.ts). */
export type SheetCharts = Partial<Record<'visits' | 'funnel' | 'languages', { title: string; svg: string }>>;

/**
 * Chart widths in CSS pixels (96 to the inch), about their boxes on the sheet, so 10-unit type prints
 * at 7.5 pt: the days beside the languages, then the guides across the page (their titles need the
 * width: an Arabic title wraps into rows too narrow for it at half the page).
 */
const WIDTH = { visits: 440, languages: 293, funnel: 733 } as const;
const PX_PER_MM = 96 / 25.4;

/**
 * How much of each chart one page holds. The page's printable height less the heading, the headline
 * numbers, the two chart titles, the footer and the gaps (about 92 mm, measured on the zh-Hant and
 * Arabic sheets) is shared by the days-and-languages row (as tall as the languages need, 50 to 62 mm)
 * and the guides, whose rows report-charts.ts makes 36 units tall (24, half again for two series):
 * as many of the top guides as fit, at most the chart's own ten.
 */
export function sheetChartLayout(view: ReportSheetView, topGuides: number): { rowHeight: number; guides: number } {
  const pageMm = view.paperSize === 'A4' ? 280 : 262;
  const languagesPx = Math.max(1, view.report.languages.length) * 24 + 44;
  const rowHeight = Math.round(Math.min(62 * PX_PER_MM, Math.max(50 * PX_PER_MM, languagesPx)));
  const leftPx = (pageMm - 92) * PX_PER_MM - rowHeight;
  const guides = Math.max(1, Math.min(topGuides, Math.floor((leftPx - 66) / 36)));
  return { rowHeight, guides };
}

/**
 * Draws the sheet's charts. ECharts (about 500 KB) is loaded only here, when a report is drawn: the print
 * page also prints every visitor's checklist, and the staff home page loads without it.
 */
export async function drawSheetCharts(view: ReportSheetView, i18n: I18n): Promise<SheetCharts> {
  const { renderReportChart, TOP_GUIDES } = await import('../reports/report-charts.ts');
  const fixed = i18n.getFixedT(view.lang);
  // As the Reports screen's useReportText: the report's words in its own language.
  const t: ReportText = (key, args) => fixed(key, args ?? {});
  const layout = sheetChartLayout(view, TOP_GUIDES);
  // The guides the page has room for, most opened first (the core's order): the chart draws them all.
  const report = { ...view.report, guides: view.report.guides.slice(0, layout.guides) };
  // ECharts measures every name on a canvas and keeps the widths: until the report's faces are loaded the
  // canvas measures a fallback face, and names would overlap on paper (chart-text.ts). A face that fails to
  // load is not waited for: the page falls back too, and the canvas agrees with it.
  const names = [
    ...report.guides.map((g) => g.title),
    ...report.languages.map((l) => LOCALE_INFO[l.locale].nativeName),
    t('report.assisted'),
    t('report.selfGuided'),
    t('report.guide.opened'),
    t('report.guide.finished'),
  ].join(' ');
  await globalThis.document?.fonts?.load(`10px ${REPORT_FONTS[view.lang]}`, names).catch(() => undefined);
  const charts: SheetCharts = {};
  for (const id of Object.keys(WIDTH) as Array<keyof SheetCharts & ReportChartId>)
    charts[id] = renderReportChart(id, report, {
      locale: view.lang,
      t,
      width: WIDTH[id],
      height: layout.rowHeight,
      print: true,
    });
  return charts;
}
