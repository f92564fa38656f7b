import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { SuppressedVisitReport, VisitReport } from '../../shared/report-schema.ts';

/**
 * STAND-IN for renderer/reports/report-html.ts (the report-screen part: the same SVG charts as the staff
 * screen), with its signature, until that lands: the merged numbers as plain tables, in English.
 */
export function renderReportHtml(
  report: VisitReport | SuppressedVisitReport,
  { locale }: { locale: Locale; t: (key: string, vars?: Record<string, unknown>) => string },
): string {
  const info = LOCALE_INFO[locale];
  const table = (title: string, rows: Array<[string, number | string]>) =>
    `<h2>${escapeHtml(title)}</h2><table>${rows
      .map(
        ([label, count]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(String(count))}</td></tr>`,
      )
      .join('')}</table>`;
  const r = report;
  return `<!doctype html>
<html lang="${info.htmlLang}" dir="${info.dir}"><head><meta charset="utf-8"><title>${escapeHtml(r.centreName)}: ${r.range.from} to ${r.range.to}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2em .6em;text-align:start}</style></head>
<body><h1>${escapeHtml(r.centreName)}</h1><p>${escapeHtml(r.kioskLabel)}: ${r.range.from} to ${r.range.to}</p>
${table('Visits', [
  ['Visits', r.visits.total],
  ['Assisted', r.visits.assisted],
  ['Self-guided', r.visits.selfGuided],
])}
${table(
  'Visits per step',
  r.series.map((s) => [s.start, s.visits]),
)}
${table(
  'Languages',
  r.languages.map((l) => [LOCALE_INFO[l.locale].nativeName, l.visits]),
)}
${table(
  'Guides opened / finished',
  r.guides.map((g) => [g.title, `${g.opened} / ${g.completed}`]),
)}
${table('Checklists', Object.entries(r.checklists))}
${table('Help', Object.entries(r.help))}
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
