import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../../renderer/i18n/i18n.ts';
import {
  renderReportChart,
  renderReportCharts,
  REPORT_CHART_IDS,
  TOP_GUIDES,
  type AnyVisitReport,
} from '../../../renderer/reports/report-charts.ts';
import { estimateTextWidth } from '../../../renderer/reports/chart-text.ts';
import { formatStep } from '../../../renderer/reports/report-format.ts';
import { renderReportHtml } from '../../../renderer/reports/report-html.ts';
import type { ReportText } from '../../../renderer/reports/report-text.ts';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import type { VisitReport } from '../../../shared/report-schema.ts';
import { sampleReport, suppressed } from '../../support/sample-report.ts';
import { flattenUiTable } from '../../support/ui-table.ts';

/** The report's words as the page's i18next gives them: the locale's table, ICU-formatted. */
function reportText(locale: Locale): ReportText {
  const table = flattenUiTable(UI_STRINGS[locale]);
  return (key, args) => String(new IntlMessageFormat(table[key] ?? key, LOCALE_INFO[locale].htmlLang).format(args));
}

const size = { width: 800, height: 300, print: false };
const charts = (report: AnyVisitReport, locale: Locale) =>
  renderReportCharts(report, { locale, t: reportText(locale), ...size });
const svgText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
/** A text's x position in the chart (ECharts places each text by a translate). */
function textX(svg: string, text: string): number {
  const found = [...svg.matchAll(/<text[^>]*transform="translate\(([\d.-]+) [\d.-]+\)"[^>]*>([^<]*)<\/text>/g)].find(
    (m) => m[2] === text,
  );
  if (!found) throw new Error(`no text "${text}" in the chart`);
  return Number(found[1]);
}

describe('report charts', () => {
  it.each(['en', 'zh-Hant', 'ar'] as const)(
    '%s: no style attribute or style element is left (the CSP refuses both)',
    (locale) => {
      for (const chart of charts(suppressed(sampleReport(locale)), locale)) {
        expect(chart.svg, chart.id).not.toMatch(/\sstyle=|<style/);
        // The text styles are still there, as presentation attributes.
        expect(chart.svg, chart.id).toContain('font-family="');
        expect(chart.svg, chart.id).toMatch(/^<svg role="img" aria-label="[^"]+"/);
      }
    },
  );

  it('draws a suppressed count at its threshold, outlined and labelled "<5", whatever the true count', () => {
    // Two months that differ only in counts under 5: once suppressed, not one pixel may differ.
    const a = sampleReport();
    const b: VisitReport = {
      ...a,
      languages: a.languages.map((l) => (l.visits < 5 ? { ...l, visits: 5 - l.visits } : l)),
      series: a.series.map((s) => (s.assisted > 0 && s.assisted < 5 ? { ...s, assisted: 5 - s.assisted } : s)),
      guides: a.guides.map((g) => (g.completed < 5 ? { ...g, completed: 1 } : g)),
      checklists: { ...a.checklists, printFailed: 1 },
    };
    const drawnA = charts(suppressed(a), 'en');
    const drawnB = charts(suppressed(b), 'en');
    for (const [i, chart] of drawnA.entries()) expect(chart.svg, chart.id).toBe(drawnB[i]?.svg);
    const languages = drawnA.find((c) => c.id === 'languages')?.svg ?? '';
    expect(svgText(languages).filter((t) => t === '<5')).toHaveLength(3);
    expect(languages).toContain('stroke-dasharray');
    // Suppressed in the chart; the exact report draws the true counts.
    expect(svgText(charts(a, 'en').find((c) => c.id === 'languages')?.svg ?? '')).toEqual(
      expect.arrayContaining(['4', '3', '1']),
    );
    expect(svgText(languages)).not.toEqual(expect.arrayContaining(['4']));
  });

  it('names every category and every series in the chart itself', () => {
    const report = sampleReport();
    const t = reportText('en');
    const drawn = Object.fromEntries(charts(report, 'en').map((c) => [c.id, svgText(c.svg).join(' ')]));
    for (const l of report.languages) expect(drawn.languages).toContain(LOCALE_INFO[l.locale].nativeName);
    // Long titles wrap onto several lines: every word is there.
    for (const g of report.guides.slice(0, TOP_GUIDES))
      for (const word of g.title.split(' ')) {
        expect(drawn.guides).toContain(word);
        expect(drawn.funnel).toContain(word);
      }
    for (const key of ['printed', 'printFailed', 'sentToBrowser', 'resumed'] as const)
      expect(drawn.checklists).toContain(t(`report.checklists.${key}`));
    expect(drawn.funnel).toContain(t('report.guide.opened'));
    expect(drawn.funnel).toContain(t('report.guide.finished'));
    expect(drawn.visits).toContain(t('report.assisted'));
    expect(drawn.visits).toContain(t('report.selfGuided'));
    expect(drawn.assisted).toContain(t('report.selfGuided'));
  });

  it('shows at most ten guides in the charts', () => {
    const many = sampleReport();
    many.guides = Array.from({ length: 14 }, (_, i) => ({
      tutorialId: `guide-${i}`,
      title: `Guide${i}`,
      opened: 30 - i,
      completed: 10,
      lookedDifferent: 0,
    }));
    const text = svgText(renderReportChart('guides', many, { locale: 'en', t: reportText('en'), ...size }).svg);
    expect(text).toContain('Guide9');
    expect(text).not.toContain('Guide10');
  });

  it('mirrors an Arabic report: steps run right to left, bars grow leftwards from names on the right', () => {
    const report = sampleReport('ar');
    const drawn = (locale: Locale, id: 'visits' | 'languages') =>
      renderReportChart(id, report, { locale, t: reportText(locale), ...size }).svg;
    // The dates the axis names (it skips some when crowded), first and last in calendar order.
    const stepXs = (locale: Locale) => {
      const svg = drawn(locale, 'visits');
      const shown = new Set(svgText(svg));
      const named = report.series.map((s) => formatStep(s.start, 'day', locale)).filter((d) => shown.has(d));
      expect(named.length).toBeGreaterThan(2);
      return [textX(svg, named[0] ?? ''), textX(svg, named.at(-1) ?? '')] as const;
    };
    const [arFirst, arLast] = stepXs('ar');
    expect(arFirst).toBeGreaterThan(arLast);
    const [enFirst, enLast] = stepXs('en');
    expect(enFirst).toBeLessThan(enLast);
    expect(textX(drawn('ar', 'languages'), 'English')).toBeGreaterThan(size.width / 2);
    expect(textX(drawn('en', 'languages'), 'English')).toBeLessThan(size.width / 2);
    // Arabic text is laid out right to left (a title mixing in "Google" keeps its order), each anchor
    // swapped so ECharts' placement holds; any other chart stays left to right inside an Arabic page.
    expect(drawn('ar', 'languages')).toMatch(/^<svg [^>]*direction="rtl"/);
    expect(drawn('en', 'languages')).toMatch(/^<svg [^>]*direction="ltr"/);
    const anchorOf = (svg: string, text: string) => new RegExp(`text-anchor="(\\w+)"[^>]*>${text}<`).exec(svg)?.[1];
    expect(anchorOf(drawn('en', 'languages'), 'English')).toBe('end');
    expect(anchorOf(drawn('ar', 'languages'), 'English')).toBe('end');
    // The count labels sit at the bars' far ends: left of the names in Arabic.
    expect(textX(drawn('ar', 'languages'), '61')).toBeLessThan(textX(drawn('ar', 'languages'), 'English'));
  });

  it('escapes a title that looks like markup', () => {
    const report = sampleReport();
    report.guides = [{ ...report.guides[0]!, title: '<script>alert("x")</script> & co' }];
    for (const id of ['guides', 'funnel'] as const) {
      const { svg } = renderReportChart(id, report, { locale: 'en', t: reportText('en'), ...size });
      expect(svg).not.toContain('<script');
      expect(svg).toContain('&lt;script&gt;');
    }
  });

  it('draws every chart of an empty report without a bar', () => {
    const empty = { ...sampleReport(), languages: [], guides: [] };
    expect(
      REPORT_CHART_IDS.map((id) => renderReportChart(id, empty, { locale: 'en', t: reportText('en'), ...size }).id),
    ).toEqual([...REPORT_CHART_IDS]);
  });
});

/** A text as drawn: its box in the chart's units, by the width the charts measure text with in Node. */
interface DrawnText {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The y it is placed at: every line of one name shares it. */
  placedAt: number;
}

function drawnTexts(svg: string): DrawnText[] {
  const rtl = /^<svg [^>]*direction="rtl"/.test(svg);
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes = '', raw = '']) => {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(` ${attributes}`)?.[1];
    const [tx = 0, ty = 0] = (/translate\(([\d.-]+) ([\d.-]+)\)/.exec(attribute('transform') ?? '') ?? [])
      .slice(1)
      .map(Number);
    const x = tx + Number(attribute('x') ?? 0);
    const y = ty + Number(attribute('y') ?? 0);
    const size = parseFloat(attribute('font-size') ?? '12');
    const text = svgText(`<text>${raw}</text>`)[0] ?? '';
    const width = estimateTextWidth(text, size);
    // In a right-to-left text, `start` is its right end.
    const anchor = attribute('text-anchor') ?? 'start';
    const startsAtX = (anchor === 'start') !== rtl;
    const left = anchor === 'middle' ? x - width / 2 : startsAtX ? x : x - width;
    // Every text is centred on its y (dominant-baseline="central").
    return { text, left, right: left + width, top: y - size / 2, bottom: y + size / 2, placedAt: ty };
  });
}

/** The legend's colour swatches (ECharts' rounded rectangles), as boxes. */
function swatches(svg: string, size: { itemWidth: number; itemHeight: number }) {
  return [...svg.matchAll(/<path d="M[\d.]+ 0L[\d.]+ 0A[^"]*" transform="translate\(([\d.-]+) ([\d.-]+)\)"/g)].map(
    ([, x = '0', y = '0']) => ({
      left: Number(x),
      right: Number(x) + size.itemWidth,
      top: Number(y),
      bottom: Number(y) + size.itemHeight,
    }),
  );
}

type Box = Pick<DrawnText, 'left' | 'right' | 'top' | 'bottom'>;
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('report charts: text laid out as it is drawn', () => {
  const long = (locale: Locale): VisitReport => {
    const report = sampleReport(locale);
    // A title longer than any guide's today, so it must break over several lines.
    report.guides[0] = { ...report.guides[0]!, title: report.guides.map((g) => g.title).join(' ') };
    return report;
  };
  const layouts = [
    { name: 'screen', width: 900, height: 320, print: false, fontSize: 15 },
    { name: 'paper', width: 520, height: 200, print: true, fontSize: 10 },
  ] as const;

  it.each(['en', 'zh-Hant', 'ar'] as const)(
    '%s: every text is inside the chart and no two texts or legend swatches overlap',
    (locale) => {
      for (const { name, fontSize, ...layout } of layouts)
        for (const chart of renderReportCharts(suppressed(long(locale)), {
          locale,
          t: reportText(locale),
          ...layout,
        })) {
          const where = `${name} ${chart.id}`;
          const height = Number(/^<svg [^>]*height="([\d.]+)"/.exec(chart.svg)?.[1]);
          const texts = drawnTexts(chart.svg);
          for (const t of texts) {
            expect(t.left, `${where}: "${t.text}" starts outside the chart`).toBeGreaterThanOrEqual(0);
            expect(t.right, `${where}: "${t.text}" ends outside the chart`).toBeLessThanOrEqual(layout.width);
            expect(t.top, `${where}: "${t.text}"`).toBeGreaterThanOrEqual(0);
            expect(t.bottom, `${where}: "${t.text}"`).toBeLessThanOrEqual(height);
          }
          for (const [i, a] of texts.entries())
            for (const b of texts.slice(i + 1))
              expect(overlaps(a, b), `${where}: "${a.text}" runs into "${b.text}"`).toBe(false);
          const boxes = swatches(chart.svg, { itemWidth: fontSize * 1.6, itemHeight: fontSize });
          if (chart.id === 'visits' || chart.id === 'funnel') expect(boxes, where).toHaveLength(2);
          for (const box of boxes)
            for (const t of texts) expect(overlaps(box, t), `${where}: a swatch covers "${t.text}"`).toBe(false);
        }
    },
  );

  it.each(['en', 'zh-Hant', 'ar'] as const)(
    "%s: the days take the chart's width, their dates spaced by their measured width",
    (locale) => {
      for (const { name, fontSize, ...layout } of layouts) {
        const { svg } = renderReportChart('visits', sampleReport(locale), { locale, t: reportText(locale), ...layout });
        // The gridlines run across the whole plot: from the value axis' numbers to the chart's far side.
        const [from = 0, to = 0] = (/<path d="M([\d.]+) [\d.]+L([\d.]+) [\d.]+"/.exec(svg) ?? []).slice(1).map(Number);
        expect(
          Math.abs(to - from),
          `${name}: the plot is ${Math.abs(to - from)} of ${layout.width} wide`,
        ).toBeGreaterThan(layout.width - fontSize * 4 - 16);
        const dates = new Set(sampleReport(locale).series.map((s) => formatStep(s.start, 'day', locale)));
        expect(svgText(svg).filter((t) => dates.has(t)).length, name).toBeGreaterThanOrEqual(5);
      }
    },
  );

  it.each(['en', 'zh-Hant', 'ar'] as const)(
    '%s: a long guide title breaks into lines within its share of the width, a short one stays whole',
    (locale) => {
      const report = long(locale);
      const { svg } = renderReportChart('guides', report, { locale, t: reportText(locale), ...size });
      const texts = drawnTexts(svg);
      const axis = Math.min(
        ...[...svg.matchAll(/<path d="M([\d.]+) [\d.]+L\1 [\d.]+" fill="none"[^>]*stroke="#54555a"/g)].map((m) =>
          Number(m[1]),
        ),
      );
      expect(axis).toBeGreaterThan(0);
      // The names sit beside the axis line: left of it, or right of it in Arabic.
      const rtl = LOCALE_INFO[locale].dir === 'rtl';
      const names = texts.filter(
        (t) => (rtl ? t.left > axis : t.right < axis) && t.top < Number(/height="([\d.]+)"/.exec(svg)?.[1]) - 40,
      );
      const firstRow = Math.min(...names.map((n) => n.placedAt));
      const lines = names.filter((n) => n.placedAt === firstRow);
      expect(lines.length).toBeGreaterThan(2);
      expect(
        lines
          .map((l) => l.text)
          .join(locale === 'zh-Hant' ? '' : ' ')
          .replace(/\s+/g, ''),
      ).toBe(report.guides[0]!.title.replace(/\s+/g, ''));
      for (const line of lines) expect(line.right - line.left).toBeLessThanOrEqual(size.width * 0.4);
      // A title that fits its room is one line (ECharts' own wrapping would count each Arabic letter as
      // wide as a Chinese character, and break it at about half its room).
      const fitting = report.guides.slice(1).filter((g) => estimateTextWidth(g.title, 15) <= size.width * 0.4);
      expect(fitting.length).toBeGreaterThan(3);
      for (const g of fitting) expect(names.map((n) => n.text)).toContain(g.title);
    },
  );
});

describe('report HTML (the merge tool)', () => {
  it.each(['en', 'ar'] as const)('%s: a standalone document with every number, nothing external', (locale) => {
    const report = suppressed(sampleReport(locale));
    report.centreName = 'Kowloon <Library> & "Friends"';
    const html = renderReportHtml(report, { locale, t: reportText(locale) });
    expect(html).toMatch(
      new RegExp(`^<!doctype html>\\n<html lang="${LOCALE_INFO[locale].htmlLang}" dir="${LOCALE_INFO[locale].dir}">`),
    );
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(/);
    expect(html).toContain('Kowloon &lt;Library&gt; &amp; &quot;Friends&quot;');
    for (const g of report.guides) expect(html).toContain(g.title);
    expect(html).toContain(reportText(locale)('report.suppressedNote', { count: '5' }).replace(/</g, '&lt;'));
    expect(html.match(/<svg /g)).toHaveLength(REPORT_CHART_IDS.length);
    expect(html).toContain('@media print');
  });
});
