import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../../../shared/locales.ts';
import type { VisitReport } from '../../../../shared/report-schema.ts';
import { renderReportChart, type ReportChart } from '../../../reports/report-charts.ts';
import { formatRange, readCount, REPORT_FONTS } from '../../../reports/report-format.ts';
import { reportTables, SECTION_CHARTS, type ReportTable } from '../../../reports/report-tables.ts';
import type { ReportText } from '../../../reports/report-text.ts';
import { useFontsLoaded } from './use-fonts-loaded.ts';

/** The report's words in its own language, whatever language the staff chrome or the visitor is in. */
export function useReportText(locale: Locale): ReportText {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const fixed = i18n.getFixedT(locale);
    return (key, args) => fixed(key, args ?? {});
  }, [i18n, locale]);
}

// The charts' own size: the page scales them to the column (CSS), so this sets only their proportions.
const CHART_SIZE = { width: 900, height: 320, print: false };

/**
 * The report in its language and direction: what it covers, the total, and each section's charts with
 * the same numbers in a table beside them (screen readers read the table; the chart is an image named by
 * its title). Exact counts: this screen is behind the PIN.
 */
export function ReportView({ report, locale }: { report: VisitReport; locale: Locale }) {
  const t = useReportText(locale);
  const info = LOCALE_INFO[locale];
  const tables = useMemo(() => reportTables(report, { locale, t }), [report, locale, t]);
  // The charts are drawn once the report's faces are loaded for every name they show (the tables hold
  // them all), so what they measure is what the SVG draws: renderer/reports/chart-text.ts.
  const fontsLoaded = useFontsLoaded(
    `15px ${REPORT_FONTS[locale]}`,
    [t('report.assisted'), t('report.selfGuided')]
      .concat(tables.flatMap((table) => [table.title, ...table.columns, ...table.rows.map((row) => row[0] ?? '')]))
      .join(' '),
  );
  const charts = useMemo(() => {
    const drawn = new Map<string, ReportChart>();
    if (!fontsLoaded) return drawn;
    for (const ids of Object.values(SECTION_CHARTS))
      for (const id of ids) drawn.set(id, renderReportChart(id, report, { locale, t, ...CHART_SIZE }));
    return drawn;
  }, [report, locale, t, fontsLoaded]);
  const empty = report.visits.total === 0;
  return (
    <section className="report" lang={info.htmlLang} dir={info.dir} aria-labelledby="report-title">
      <h2 className="report__title" id="report-title">
        {t('report.title')} <span className="report__centre">{report.centreName}</span>
      </h2>
      <dl className="report__facts">
        <div>
          <dt>{t('report.period')}</dt>
          <dd>{formatRange(report.range, locale)}</dd>
        </div>
        <div>
          <dt>{t('report.kiosk')}</dt>
          <dd>{report.kioskLabel}</dd>
        </div>
        <div>
          <dt>{t('report.visits')}</dt>
          <dd className="report__total">{readCount(report.visits.total, locale).text}</dd>
        </div>
        {report.contentVersions.length > 0 && (
          <div>
            <dt>{t('report.contentVersions')}</dt>
            <dd>
              <bdi>{report.contentVersions.join(', ')}</bdi>
            </dd>
          </div>
        )}
      </dl>
      {empty ? (
        <p className="report__empty" role="status">
          {t('report.empty')}
        </p>
      ) : (
        <div className="report__sections">
          {tables.map((table) => (
            <ReportSection
              key={table.section}
              table={table}
              charts={SECTION_CHARTS[table.section].map((id) => charts.get(id))}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function ReportSection({ table, charts }: { table: ReportTable; charts: (ReportChart | undefined)[] }) {
  const headingId = `report-${table.section}`;
  return (
    <section className={`report__section report__section--${table.section}`} aria-labelledby={headingId}>
      <h3 className="report__section-title" id={headingId}>
        {table.title}
      </h3>
      {charts.map(
        (chart) =>
          chart && (
            // The SVG is ECharts' own, its text escaped there and its styles presentation attributes (no
            // style attribute for the CSP to refuse): renderer/reports/report-charts.ts.
            <figure key={chart.id} className="report__chart" dangerouslySetInnerHTML={{ __html: chart.svg }} />
          ),
      )}
      {table.rows.length > 0 && (
        <div className="report__table-wrap">
          <table className="report__table">
            <caption className="report__caption">{table.title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, i) => (
                  <th key={column} scope="col" className={i > 0 ? 'report__num' : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([name, ...counts], r) => (
                <tr key={`${r}:${name}`}>
                  <th scope="row">{name}</th>
                  {counts.map((count, i) => (
                    <td key={i} className="report__num">
                      {count}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
