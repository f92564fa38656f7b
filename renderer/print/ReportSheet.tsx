import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ReportSheetView } from '../../shared/report-sheet-schema.ts';
import { readCount, type ReportCount } from '../reports/report-format.ts';
import { splitNumbers } from './report-sheet-rows.ts';
import type { SheetCharts } from './report-sheet-charts.ts';
import './report-sheet.css';

/** The month in the report's language ("November 2026", "2026年11月", "نوفمبر 2026"). */
export function formatMonth(month: string, locale: Locale): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(`${LOCALE_INFO[locale].htmlLang}-u-nu-latn`, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, number - 1, 1));
}

function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(`${LOCALE_INFO[locale].htmlLang}-u-nu-latn`, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A count, one left-to-right run: "<5" must not mirror in an Arabic line. */
function Count({ count, locale }: { count: ReportCount; locale: Locale }) {
  return (
    <bdi dir="ltr" className="ltr-run">
      {readCount(count, locale).text}
    </bdi>
  );
}

/** A translated line with its numbers isolated left to right (splitNumbers). */
function Numbered({ text }: { text: string }) {
  return (
    <>
      {splitNumbers(text).map((part, i) =>
        part.number ? (
          <bdi key={i} dir="ltr" className="ltr-run">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** A headline number with its label. */
function Headline({ label, count, locale }: { label: string; count: ReportCount; locale: Locale }) {
  return (
    <div className="report-sheet__headline">
      <dd>
        <Count count={count} locale={locale} />
      </dd>
      <dt>{label}</dt>
    </div>
  );
}

/**
 * A chart from report-charts.ts under its title, or its empty box while ECharts loads (the print page
 * says it is ready only once they are drawn). The SVG is an image named by its title.
 */
function Chart({ chart, className }: { chart: { title: string; svg: string } | undefined; className: string }) {
  return (
    <section className={`report-sheet__section ${className}`}>
      {chart === undefined ? (
        <div className="report-sheet__chart report-sheet__chart--loading" />
      ) : (
        <>
          <h2>{chart.title}</h2>
          <figure className="report-sheet__chart" dangerouslySetInnerHTML={{ __html: chart.svg }} />
        </>
      )}
    </section>
  );
}

/**
 * The printable monthly report (/print/report): one page, A4 or Letter, in the report's language and
 * direction. Its numbers come composed by the core, small counts already suppressed ("<5"); its charts
 * are the staff Reports screen's (report-charts.ts), drawn for paper.
 */
export function ReportSheet({
  view,
  charts,
  ref,
}: {
  view: ReportSheetView;
  /** drawSheetCharts's SVGs; undefined while they load. */
  charts?: SheetCharts | undefined;
  ref?: Ref<HTMLElement>;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(view.lang);
  const { report, lang } = view;
  const info = LOCALE_INFO[lang];
  const noVisits = report.visits.total === 0;
  return (
    <article
      ref={ref}
      className={`sheet report-sheet report-sheet--${view.paperSize}`}
      lang={info.htmlLang}
      dir={info.dir}
      data-month={view.month}
    >
      <header className="report-sheet__head">
        <h1>{report.centreName}</h1>
        <p className="report-sheet__month">{t('reportSheet.heading', { date: formatMonth(view.month, lang) })}</p>
        <p>{t('reportSheet.kiosk', { place: report.kioskLabel })}</p>
        <p className="report-sheet__anonymous">{t('reportSheet.anonymous')}</p>
      </header>

      <dl className="report-sheet__headlines">
        <Headline label={t('report.visits')} count={report.visits.total} locale={lang} />
        <Headline label={t('report.assisted')} count={report.visits.assisted} locale={lang} />
        <Headline label={t('report.selfGuided')} count={report.visits.selfGuided} locale={lang} />
        <Headline label={t('report.checklists.plans')} count={report.checklists.plans} locale={lang} />
        <Headline label={t('reportSheet.printed')} count={report.checklists.printed} locale={lang} />
      </dl>

      {noVisits ? (
        <p className="report-sheet__none">{t('report.empty')}</p>
      ) : (
        <>
          <div className="report-sheet__pair">
            <Chart chart={charts?.visits} className="report-sheet__chart--visits" />
            <Chart chart={charts?.languages} className="report-sheet__chart--languages" />
          </div>
          <Chart chart={charts?.funnel} className="report-sheet__chart--funnel" />
        </>
      )}

      <footer className="report-sheet__foot">
        <p>
          <Numbered text={t('reportSheet.generatedOn', { date: formatDay(view.generatedOn, lang) })} />
        </p>
        {report.contentVersions.length > 0 && (
          <p>
            <Numbered text={t('reportSheet.versions', { version: report.contentVersions.join(', ') })} />
          </p>
        )}
        <p>
          <Numbered text={t('report.suppressedNote', { count: view.suppressBelow })} />
        </p>
      </footer>
    </article>
  );
}
