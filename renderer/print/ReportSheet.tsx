import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ReportSheetView } from '../../shared/report-sheet-schema.ts';
import {
  countText,
  countValue,
  guideRows,
  languageRows,
  splitNumbers,
  type PrintedCount,
} from './report-sheet-rows.ts';
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
function Count({ count, locale }: { count: PrintedCount; locale: Locale }) {
  return (
    <bdi dir="ltr" className="ltr-run">
      {countText(count, locale)}
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
function Headline({ label, count, locale }: { label: string; count: PrintedCount; locale: Locale }) {
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
 * Visits per day as bars (assisted at the foot of each, self-guided above). Drawn with plain boxes at
 * percentages, so it scales with the paper and mirrors with the page in Arabic; a suppressed day is
 * drawn at its threshold, hatched, never at its true value.
 */
function DayBars({ view }: { view: ReportSheetView }) {
  const { series } = view.report;
  const max = Math.max(1, ...series.map((s) => countValue(s.visits)));
  return (
    <div className="report-sheet__days" aria-hidden="true">
      <div className="report-sheet__day-max">
        <Count count={max} locale={view.lang} />
      </div>
      <div className="report-sheet__day-bars">
        {series.map((s) => {
          const total = countValue(s.visits);
          const assisted = Math.min(total, countValue(s.assisted));
          const hatched = typeof s.visits === 'string';
          return (
            <div key={s.start} className="report-sheet__day">
              <div className="report-sheet__day-track">
                <div
                  className={`report-sheet__day-bar${hatched ? ' report-sheet__day-bar--suppressed' : ''}`}
                  style={{ blockSize: `${(100 * total) / max}%` }}
                >
                  {!hatched && assisted > 0 && (
                    <div className="report-sheet__day-assisted" style={{ blockSize: `${(100 * assisted) / total}%` }} />
                  )}
                </div>
              </div>
              <div className="report-sheet__day-label">{Number(s.start.slice(8))}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A horizontal bar, as long as `value` is of `max`; hatched when the count is suppressed. */
function Bar({ value, max, suppressed, light }: { value: number; max: number; suppressed: boolean; light?: boolean }) {
  return (
    <span className="report-sheet__bar-track">
      <span
        className={`report-sheet__bar${light ? ' report-sheet__bar--light' : ''}${suppressed ? ' report-sheet__bar--suppressed' : ''}`}
        style={{ inlineSize: `${(100 * value) / Math.max(1, max)}%` }}
      />
    </span>
  );
}

/**
 * The printable monthly report (/print/report): one page, A4 or Letter, in the report's language and
 * direction. Its numbers come composed by the core, small counts already suppressed ("<5").
 */
export function ReportSheet({ view, ref }: { view: ReportSheetView; ref?: Ref<HTMLElement> }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(view.lang);
  const { report, lang } = view;
  const info = LOCALE_INFO[lang];
  const guides = guideRows(report);
  const languages = languageRows(report, lang);
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
        <Headline label={t('reportSheet.visits')} count={report.visits.total} locale={lang} />
        <Headline label={t('reportSheet.assisted')} count={report.visits.assisted} locale={lang} />
        <Headline label={t('reportSheet.selfGuided')} count={report.visits.selfGuided} locale={lang} />
        <Headline label={t('reportSheet.plans')} count={report.checklists.plans} locale={lang} />
        <Headline label={t('reportSheet.printed')} count={report.checklists.printed} locale={lang} />
      </dl>

      <section className="report-sheet__section report-sheet__section--days">
        <h2>{t('reportSheet.perDay')}</h2>
        {noVisits ? (
          <p className="report-sheet__none">{t('reportSheet.noVisits')}</p>
        ) : (
          <>
            <p className="report-sheet__legend">
              <span className="report-sheet__key report-sheet__key--assisted" /> {t('reportSheet.assisted')}
              <span className="report-sheet__key report-sheet__key--self" /> {t('reportSheet.selfGuided')}
            </p>
            <DayBars view={view} />
          </>
        )}
      </section>

      <div className="report-sheet__pair">
        <section className="report-sheet__section report-sheet__section--guides">
          <h2>{t('reportSheet.guides')}</h2>
          {guides.rows.length === 0 ? (
            <p className="report-sheet__none">{t('reportSheet.noVisits')}</p>
          ) : (
            <table className="report-sheet__table">
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">{t('reportSheet.opened')}</th>
                  <th scope="col">{t('reportSheet.finished')}</th>
                </tr>
              </thead>
              <tbody>
                {guides.rows.map((g) => (
                  <tr key={g.tutorialId}>
                    <th scope="row">
                      <span className="report-sheet__guide-title">{g.title}</span>
                      <Bar value={countValue(g.opened)} max={guides.max} suppressed={typeof g.opened === 'string'} />
                      <Bar
                        value={countValue(g.completed)}
                        max={guides.max}
                        suppressed={typeof g.completed === 'string'}
                        light
                      />
                    </th>
                    <td>
                      <Count count={g.opened} locale={lang} />
                    </td>
                    <td>
                      <Count count={g.completed} locale={lang} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="report-sheet__section report-sheet__section--languages">
          <h2>{t('reportSheet.languages')}</h2>
          {languages.rows.length === 0 ? (
            <p className="report-sheet__none">{t('reportSheet.noVisits')}</p>
          ) : (
            <table className="report-sheet__table">
              <tbody>
                {languages.rows.map((l) => (
                  <tr key={l.locale}>
                    <th scope="row">
                      <span className="report-sheet__guide-title">{l.name}</span>
                      <Bar value={countValue(l.visits)} max={languages.max} suppressed={typeof l.visits === 'string'} />
                    </th>
                    <td>
                      <Count count={l.visits} locale={lang} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

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
          <Numbered text={t('reportSheet.suppressed', { count: view.suppressBelow })} />
        </p>
      </footer>
    </article>
  );
}
