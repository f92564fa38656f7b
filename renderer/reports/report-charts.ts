import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { SuppressedVisitReport, VisitReport } from '../../shared/report-schema.ts';
import { measureChartText, wrapChartLabel } from './chart-text.ts';
import { formatStep, numberFormat, readCount, REPORT_FONTS, type CountCell } from './report-format.ts';
import type { ReportKey, ReportText } from './report-text.ts';

/**
 * The report's charts as SVG strings: the same code draws the staff screen, the printed monthly report
 * and the merge tool's HTML (Node), so the three agree. Pure: ECharts renders server-side (`ssr`) with no
 * DOM, no animation, and only the bar chart, grid and legend are bundled.
 */
echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);
// ECharts places legend items and labels by the width it measures: it must measure as the SVG draws
// (renderer/reports/chart-text.ts), not with its own guess for a font it cannot see.
echarts.setPlatformAPI({ measureText: (text, font) => ({ width: measureChartText(text, font ?? '') }) });

/** Exact on the staff screen; exports and print have small counts suppressed ("<5"). */
export type AnyVisitReport = VisitReport | SuppressedVisitReport;

export const REPORT_CHART_IDS = ['visits', 'assisted', 'languages', 'guides', 'funnel', 'checklists'] as const;
export type ReportChartId = (typeof REPORT_CHART_IDS)[number];

/** The funnel and top guides show this many guides; the table beside them lists every guide. */
export const TOP_GUIDES = 10;

export interface ReportChartOptions {
  locale: Locale;
  t: ReportText;
  /** The SVG's size in its own units; the page scales it to its column, paper to its box. */
  width: number;
  /** The height of the chart over time; a chart of rows (languages, guides) takes the room its rows need. */
  height: number;
  /** Paper: smaller type, black text, and no colour that prints as mud in greyscale. */
  print: boolean;
}

export interface ReportChart {
  id: ReportChartId;
  title: string;
  svg: string;
}

export function renderReportCharts(report: AnyVisitReport, options: ReportChartOptions): ReportChart[] {
  return REPORT_CHART_IDS.map((id) => renderReportChart(id, report, options));
}

const STEP_TITLE = {
  day: 'report.chart.visitsDay',
  week: 'report.chart.visitsWeek',
  month: 'report.chart.visitsMonth',
} as const satisfies Record<AnyVisitReport['step'], ReportKey>;

export const CHART_TITLE = {
  visits: (r) => STEP_TITLE[r.step],
  assisted: () => 'report.chart.assisted',
  languages: () => 'report.chart.languages',
  guides: () => 'report.chart.guides',
  funnel: () => 'report.chart.funnel',
  checklists: () => 'report.chart.checklists',
} as const satisfies Record<ReportChartId, (report: AnyVisitReport) => ReportKey>;

export function renderReportChart(id: ReportChartId, report: AnyVisitReport, options: ReportChartOptions): ReportChart {
  const title = options.t(CHART_TITLE[id](report));
  const bars = chartBars(id, report, options);
  return { id, title, svg: renderBars(bars, title, options) };
}

/** One chart's data: its categories (in reading order) and its series of cells, before any drawing. */
interface Bars {
  horizontal: boolean;
  categories: string[];
  series: { name: string; cells: (CountCell | null)[]; colour: Colour; stack?: boolean }[];
  /** Only suppressed cells are labelled (a stack of 31 days would be unreadable with every number). */
  labelAll: boolean;
  /** Row names are guide titles, often two or three lines: their rows get the room. */
  longNames?: boolean;
}

type Colour = 'main' | 'second';
const COLOURS: Record<'screen' | 'print', Record<Colour, string>> = {
  screen: { main: '#1d4f91', second: '#8cb4e6' },
  // Dark and light enough apart to tell in greyscale.
  print: { main: '#1a1a1a', second: '#9a9a9a' },
};

function chartBars(id: ReportChartId, report: AnyVisitReport, { locale, t }: ReportChartOptions): Bars {
  const cell = (count: number | string) => readCount(count, locale);
  const topGuides = report.guides.slice(0, TOP_GUIDES);
  switch (id) {
    case 'visits': {
      const split = report.series.map((s) => stepSplit(cell(s.visits), cell(s.assisted)));
      return {
        horizontal: false,
        categories: report.series.map((s) => formatStep(s.start, report.step, locale)),
        series: [
          { name: t('report.assisted'), cells: split.map((s) => s.assisted), colour: 'main', stack: true },
          { name: t('report.selfGuided'), cells: split.map((s) => s.selfGuided), colour: 'second', stack: true },
        ],
        labelAll: false,
      };
    }
    case 'assisted':
      return {
        horizontal: true,
        categories: [t('report.assisted'), t('report.selfGuided')],
        series: [
          {
            name: t('report.visits'),
            cells: [cell(report.visits.assisted), cell(report.visits.selfGuided)],
            colour: 'main',
          },
        ],
        labelAll: true,
      };
    case 'languages':
      return {
        horizontal: true,
        // Each language by its own name, as the visitor's button showed it.
        categories: report.languages.map((l) => LOCALE_INFO[l.locale].nativeName),
        series: [{ name: t('report.visits'), cells: report.languages.map((l) => cell(l.visits)), colour: 'main' }],
        labelAll: true,
      };
    case 'guides':
      return {
        horizontal: true,
        categories: topGuides.map((g) => g.title),
        series: [{ name: t('report.guide.opened'), cells: topGuides.map((g) => cell(g.opened)), colour: 'main' }],
        labelAll: true,
        longNames: true,
      };
    case 'funnel':
      return {
        horizontal: true,
        categories: topGuides.map((g) => g.title),
        series: [
          { name: t('report.guide.opened'), cells: topGuides.map((g) => cell(g.opened)), colour: 'second' },
          { name: t('report.guide.finished'), cells: topGuides.map((g) => cell(g.completed)), colour: 'main' },
        ],
        labelAll: true,
        longNames: true,
      };
    case 'checklists': {
      const c = report.checklists;
      return {
        horizontal: true,
        categories: [
          t('report.checklists.printed'),
          t('report.checklists.printFailed'),
          t('report.checklists.sentToBrowser'),
          t('report.checklists.resumed'),
        ],
        series: [
          {
            name: t('report.visits'),
            cells: [c.printed, c.printFailed, c.sentToBrowser, c.resumed].map(cell),
            colour: 'main',
          },
        ],
        labelAll: true,
      };
    }
  }
}

/**
 * A step's bar split into assisted and self-guided. A suppressed total is one outlined bar at the
 * threshold; a suppressed assisted count is an outlined segment at the threshold under the rest of the
 * (exact) total. Nothing is ever drawn at a suppressed count's true height.
 */
function stepSplit(
  visits: CountCell,
  assisted: CountCell,
): { assisted: CountCell | null; selfGuided: CountCell | null } {
  if (visits.suppressed) return { assisted: null, selfGuided: visits };
  const rest = Math.max(0, visits.value - assisted.value);
  return {
    assisted: assisted.value > 0 || assisted.suppressed ? assisted : null,
    selfGuided: rest > 0 ? { value: rest, suppressed: false, text: '' } : null,
  };
}

function renderBars(bars: Bars, title: string, options: ReportChartOptions): string {
  const { locale, width, print } = options;
  const rtl = LOCALE_INFO[locale].dir === 'rtl';
  const fontSize = print ? 10 : 15;
  const ink = print ? '#000000' : '#1a1a1a';
  const colours = COLOURS[print ? 'print' : 'screen'];
  // Row names take a fixed share of the width, broken into lines that fit it (as the SVG will draw them).
  const nameWidth = Math.round(width * (bars.longNames ? 0.4 : 0.3));
  const font = `${fontSize}px ${REPORT_FONTS[locale]}`;
  const lineHeight = fontSize * 1.25;
  const names = bars.horizontal
    ? bars.categories.map((name) => wrapChartLabel(name, nameWidth, font, measureChartText).join('\n'))
    : bars.categories;
  const mostLines = Math.max(1, ...names.map((name) => name.split('\n').length));
  // The steps' chart keeps its own margins, from measured text (ECharts' own containment guesses a
  // date's width counting each Arabic letter as wide as a Chinese one, and kept a wide empty margin):
  // the numbers' side as wide as the axis' top number can be (ECharts rounds the top up, never past
  // half again), the far side half a date; every how-many-th date is named so that they do not touch.
  const format = numberFormat(locale);
  const tallest = Math.max(
    1,
    ...bars.categories.map((_, i) => bars.series.reduce((sum, s) => sum + (s.cells[i]?.value ?? 0), 0)),
  );
  const numberSide = measureChartText(format.format(Math.ceil(tallest * 1.5)), font) + 16;
  const widestStep = Math.max(0, ...bars.categories.map((name) => measureChartText(name, font)));
  const steps = Math.max(1, bars.categories.length);
  const stepRoom = (width - numberSide - 8) / steps;
  const stepInterval = Math.max(0, Math.ceil((widestStep + fontSize) / stepRoom) - 1);
  // The last named date is centred on its step: half of it may reach past the steps after it.
  const stepsAfterLastNamed = (steps - 1) % (stepInterval + 1);
  const farSide = Math.max(8, widestStep / 2 - (stepsAfterLastNamed + 0.5) * stepRoom + 4);
  // A row has room for its longest name's lines, and for every series' bar.
  const rowHeight = Math.max((print ? 24 : 46) * (bars.series.length > 1 ? 1.5 : 1), mostLines * lineHeight + 12);
  const legend = bars.series.length > 1;
  const height = bars.horizontal
    ? Math.ceil(Math.max(1, bars.categories.length) * rowHeight) + (legend ? fontSize * 3 : 8) + fontSize * 2 + 16
    : options.height;
  const valueAxis = {
    type: 'value' as const,
    minInterval: 1,
    // Mirrored for a right-to-left report: bars grow leftwards, and the numbers read on the right.
    inverse: bars.horizontal && rtl,
    position: bars.horizontal ? ('bottom' as const) : rtl ? ('right' as const) : ('left' as const),
    axisLabel: { color: ink, fontSize, formatter: (v: number) => format.format(v) },
    splitLine: { lineStyle: { color: print ? '#bbbbbb' : '#d5d9e0' } },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: names,
    // Rows read top-down in their order; steps read in the report's direction.
    inverse: bars.horizontal ? true : rtl,
    position: bars.horizontal ? (rtl ? ('right' as const) : ('left' as const)) : ('bottom' as const),
    axisTick: { show: false },
    axisLabel: {
      color: ink,
      fontSize,
      // Every row is named (ECharts would skip names it finds crowded), in the lines made above; the
      // steps' dates may skip some, as any calendar axis does (the table has every day).
      ...(bars.horizontal ? { interval: 0, lineHeight } : { interval: stepInterval, hideOverlap: true }),
    },
  };
  const labelSide = bars.horizontal ? (rtl ? 'left' : 'right') : 'top';
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'EN' });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: REPORT_FONTS[locale], color: ink },
      grid: bars.horizontal
        ? {
            // The names' side is mirrored with the names; the other side leaves room for the bars' numbers.
            [rtl ? 'right' : 'left']: nameWidth + 16,
            [rtl ? 'left' : 'right']: fontSize * 4,
            top: legend ? fontSize * 3 : 8,
            bottom: fontSize * 2 + 8,
            outerBoundsMode: 'none',
          }
        : {
            [rtl ? 'right' : 'left']: numberSide,
            [rtl ? 'left' : 'right']: farSide,
            top: legend ? fontSize * 3 : fontSize * 1.5,
            // The dates: their margin from the axis (ECharts' 8) and a line.
            bottom: 8 + lineHeight + 8,
            outerBoundsMode: 'none',
          },
      legend: legend
        ? {
            top: 0,
            ...(rtl ? { right: 0 } : { left: 0 }),
            align: rtl ? 'right' : 'left',
            textStyle: { color: ink, fontSize },
            itemWidth: fontSize * 1.6,
            itemHeight: fontSize,
            selectedMode: false,
          }
        : { show: false },
      xAxis: bars.horizontal ? valueAxis : categoryAxis,
      yAxis: bars.horizontal ? categoryAxis : valueAxis,
      series: bars.series.map((s) => ({
        type: 'bar',
        name: s.name,
        silent: true,
        ...(s.stack && { stack: 'visits' }),
        barMaxWidth: print ? 18 : 36,
        itemStyle: { color: colours[s.colour] },
        data: s.cells.map((c) => cellItem(c, bars.labelAll, { labelSide, fontSize, ink, outline: colours.main })),
      })),
    });
    return presentationOnly(chart.renderToSVGString(), title, rtl);
  } finally {
    chart.dispose();
  }
}

/**
 * One bar. A suppressed count is an outlined (dashed, unfilled) bar at the threshold, always labelled
 * "<5": the reader sees it is a ceiling, not a count.
 */
function cellItem(
  cell: CountCell | null,
  labelAll: boolean,
  style: { labelSide: string; fontSize: number; ink: string; outline: string },
) {
  if (cell === null) return { value: '-' };
  const label = {
    show: cell.suppressed || labelAll,
    position: cell.suppressed && style.labelSide === 'top' ? 'inside' : style.labelSide,
    formatter: () => cell.text,
    color: style.ink,
    fontSize: style.fontSize,
  };
  if (!cell.suppressed) return { value: cell.value, label };
  return {
    value: cell.value,
    label,
    itemStyle: { color: 'none', borderColor: style.outline, borderWidth: 2, borderType: 'dashed' },
  };
}

/**
 * The kiosk's Content-Security-Policy is `style-src 'self'`: a `style="…"` attribute or a `<style>` element
 * inside injected SVG is refused. ECharts writes its text styles (font, size) as style attributes and its
 * hover rules as a `<style>` element; the first become SVG presentation attributes, which no policy
 * governs, and the second go (nothing here is interactive). The chart is an image named by its title; its
 * numbers are in the table beside it.
 *
 * Direction: ECharts has placed every text already (mirrored for Arabic by the axes). An Arabic chart's
 * texts need a right-to-left base direction, or a title mixing scripts ("تطبيق الهاتف من Google:") is
 * ordered wrongly; in that direction `start` and `end` swap sides, so each text-anchor is swapped to keep
 * ECharts' placement. Any other chart is left to right, whatever the page around it.
 */
export function presentationOnly(svg: string, title: string, rtl = false): string {
  const direction = rtl ? 'rtl' : 'ltr';
  const swapped = { start: 'end', end: 'start', middle: 'middle' } as Record<string, string>;
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) =>
      css
        .split(';')
        .map((declaration) => declaration.split(/:(.*)/s, 2).map((part) => part.trim()))
        .filter((pair): pair is [string, string] => /^[a-z-]+$/.test(pair[0] ?? '') && (pair[1] ?? '') !== '')
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join(''),
    )
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(
      / text-anchor="(start|end|middle)"/g,
      (_, anchor: string) => ` text-anchor="${rtl ? swapped[anchor] : anchor}"`,
    )
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(title)}" direction="${direction}" `);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
