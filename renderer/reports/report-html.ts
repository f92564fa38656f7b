import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { renderReportChart, type AnyVisitReport } from './report-charts.ts';
import { formatRange, numberFormat, readCount, REPORT_FONTS } from './report-format.ts';
import { reportTables, SECTION_CHARTS, suppressionThreshold, type ReportTable } from './report-tables.ts';
import type { ReportText } from './report-text.ts';

/**
 * The report as one standalone HTML document (the merge tool's output, `npm run report:merge`): its
 * language and direction, the same charts as the staff screen, every number in a table, and print CSS for
 * one A4 or Letter page. Nothing external (no script, no link, no image by address): it opens from a USB
 * stick on any computer. Every text from the report is escaped; the charts come escaped from ECharts.
 */
export function renderReportHtml(report: AnyVisitReport, { locale, t }: { locale: Locale; t: ReportText }): string {
  const info = LOCALE_INFO[locale];
  const tables = reportTables(report, { locale, t });
  const threshold = suppressionThreshold(report);
  const total = readCount(report.visits.total, locale).text;
  const chartOptions = { locale, t, width: 520, height: 200, print: true };
  const sections = tables
    .map((table) => {
      const charts = SECTION_CHARTS[table.section].map((id) => renderReportChart(id, report, chartOptions));
      return `<section class="section section--${table.section}">
<h2>${escapeHtml(table.title)}</h2>
${charts.map((c) => `<figure class="chart">${c.svg}</figure>`).join('\n')}
${tableHtml(table)}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(info.htmlLang)}" dir="${info.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${t('report.title')} · ${report.centreName} · ${formatRange(report.range, locale)}`)}</title>
<style>${reportCss(locale)}</style>
</head>
<body>
<header class="head">
<h1>${escapeHtml(t('report.title'))} · ${escapeHtml(report.centreName)}</h1>
<dl class="facts">
<div><dt>${escapeHtml(t('report.period'))}</dt><dd>${escapeHtml(formatRange(report.range, locale))}</dd></div>
<div><dt>${escapeHtml(t('report.kiosk'))}</dt><dd>${escapeHtml(report.kioskLabel)}</dd></div>
<div><dt>${escapeHtml(t('report.visits'))}</dt><dd class="total">${escapeHtml(total)}</dd></div>
${
  report.contentVersions.length > 0
    ? `<div><dt>${escapeHtml(t('report.contentVersions'))}</dt><dd><bdi>${report.contentVersions.map(escapeHtml).join(', ')}</bdi></dd></div>`
    : ''
}
</dl>
${threshold === null ? '' : `<p class="note">${escapeHtml(t('report.suppressedNote', { count: numberFormat(locale).format(threshold) }))}</p>`}
${readCount(report.visits.total, locale).value === 0 ? `<p class="note">${escapeHtml(t('report.empty'))}</p>` : ''}
</header>
<main class="sections">
${sections}
</main>
</body>
</html>
`;
}

function tableHtml(table: ReportTable): string {
  if (table.rows.length === 0) return '';
  const head = table.columns.map((c, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(c)}</th>`);
  const rows = table.rows.map(
    ([name = '', ...counts]) =>
      `<tr><th scope="row">${escapeHtml(name)}</th>${counts.map((c) => `<td class="num">${escapeHtml(c)}</td>`).join('')}</tr>`,
  );
  return `<table><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/**
 * Screen: one column. Paper: the page's sections in three columns at small type, so a month (31 days,
 * ten guides) fits one A4 or Letter sheet; a chart scales to its column.
 */
function reportCss(locale: Locale): string {
  return `
@page { size: auto; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: ${REPORT_FONTS[locale]}; color: #000; background: #fff; line-height: 1.35; }
h1 { font-size: 1.4rem; margin: 0 0 .4rem; }
h2 { font-size: 1rem; margin: .8rem 0 .3rem; }
.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.5rem; margin: 0; }
.facts div { display: flex; gap: .4rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.total { font-weight: 700; }
.note { margin: .3rem 0; font-size: .85rem; }
.chart { margin: 0; }
.chart svg { width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border-bottom: 1px solid #999; padding: .1rem .3rem; text-align: start; vertical-align: top; }
thead th { border-bottom: 2px solid #000; }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
section { break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; font-size: 6.5pt; line-height: 1.2; }
  h1 { font-size: 11pt; }
  h2 { font-size: 7.5pt; margin: .3rem 0 .15rem; }
  .note { font-size: 6.5pt; }
  .sections { column-count: 3; column-gap: 5mm; }
  table { font-size: 6pt; }
  th, td { padding: 0 .15rem; }
}
`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
