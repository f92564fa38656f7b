import { useState } from 'react';
import { LOCALES, type Locale } from '../../../../shared/locales.ts';
import type { ReportRange } from '../../../../shared/report-schema.ts';
import { BigButton } from '../../../components/BigButton.tsx';
import { LanguageChoices } from '../../../components/LanguageChoices.tsx';
import { ScreenHeading } from '../../../components/ScreenHeading.tsx';
import type { DownloadedFile } from '../../../reports/download-export.ts';
import { localToday, presetRange } from '../../../reports/report-range.ts';
import { STAFF_LANG, useStaffText } from '../../../staff/staff-text.ts';
import { StaffLoading } from '../StaffLoading.tsx';
import { useStaffCall } from '../use-staff-call.ts';
import { ExportButton } from './ExportButton.tsx';
import { rangeProblems, ReportRangePicker } from './ReportRangePicker.tsx';
import { ReportView } from './ReportView.tsx';

/**
 * The anonymous visit numbers for a range of days (issue 16): this month at first, in the kiosk's
 * default language; the charts and tables drawn from getVisitReport, exact, for staff behind the PIN;
 * and the export (suppressed) of the same range and language. Staff chrome in English; the report in
 * its own language and direction.
 */
export function ReportsScreen({
  onBack,
  onSessionLost,
  today = localToday(),
  download,
}: {
  onBack: () => void;
  onSessionLost: () => void;
  /** Today's date in the kiosk's time zone; a test gives a fixed one. */
  today?: string;
  /** The browser shell's download of exported files; a test gives its own. */
  download?: (files: DownloadedFile[]) => void;
}) {
  const t = useStaffText();
  const locales = useStaffCall('listLocales', (read) => read.listLocales({}), onSessionLost);
  return (
    <main className="screen staff reports" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.reports.title')}</ScreenHeading>
      <p className="reports__exact">{t('staff.reports.exactNote')}</p>
      {locales.status === 'ready' ? (
        <Reports
          defaultLocale={locales.data.defaultLocale}
          today={today}
          onSessionLost={onSessionLost}
          download={download}
        />
      ) : (
        <StaffLoading failed={locales.status === 'failed'} onRetry={locales.retry} />
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
          {t('staff.back')}
        </BigButton>
      </nav>
    </main>
  );
}

function Reports({
  defaultLocale,
  today,
  onSessionLost,
  download,
}: {
  defaultLocale: Locale;
  today: string;
  onSessionLost: () => void;
  download: ((files: DownloadedFile[]) => void) | undefined;
}) {
  const t = useStaffText();
  const [range, setRange] = useState<ReportRange>(() => presetRange('thisMonth', today));
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const valid = Object.keys(rangeProblems(range)).length === 0;
  return (
    <div className="reports__body">
      <ReportRangePicker range={range} today={today} onChange={setRange} />
      <fieldset className="second-language reports__language">
        <legend>{t('staff.reports.language')}</legend>
        <LanguageChoices locales={[...LOCALES]} chosen={locale} disabled={false} onChoose={setLocale} />
      </fieldset>
      <ExportButton
        range={range}
        locale={locale}
        disabled={!valid}
        onSessionLost={onSessionLost}
        {...(download && { download })}
      />
      {valid && <LoadedReport range={range} locale={locale} onSessionLost={onSessionLost} />}
    </div>
  );
}

/** The report for a valid range: asked again whenever the range or the language changes. */
function LoadedReport({
  range,
  locale,
  onSessionLost,
}: {
  range: ReportRange;
  locale: Locale;
  onSessionLost: () => void;
}) {
  const report = useStaffCall(
    `getVisitReport:${range.from}:${range.to}:${locale}`,
    (read) => read.getVisitReport({ ...range, locale }),
    onSessionLost,
  );
  return report.status === 'ready' ? (
    <ReportView report={report.data} locale={locale} />
  ) : (
    <StaffLoading failed={report.status === 'failed'} onRetry={report.retry} />
  );
}
