import { useMemo, useState } from 'react';
import type { SheetRequest } from '../../../../shared/checklist-schema.ts';
import { LOCALE_INFO, type Locale } from '../../../../shared/locales.ts';
import { nextMonth, previousMonth, type ReportMonth } from '../../../../shared/report-sheet-schema.ts';
import { useKiosk } from '../../../api/kiosk-context.tsx';
import { BigButton } from '../../../components/BigButton.tsx';
import { LanguageChoices } from '../../../components/LanguageChoices.tsx';
import { ScreenHeading } from '../../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../../staff/staff-text.ts';
import { StaffLoading } from '../StaffLoading.tsx';
import { useStaffCall } from '../use-staff-call.ts';
import { useStaffPrint } from '../use-staff-print.ts';
import { currentMonth, monthName } from './monthly-month.ts';
import { ReportPreview } from './ReportPreview.tsx';
import './monthly-report.css';

/** ◀ or ▶, drawn: a font's arrow glyphs differ in size from face to face. */
function Arrow({ back = false }: { back?: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="28" height="28" aria-hidden="true">
      <path d={back ? 'M15 3 L4 10 L15 17 Z' : 'M5 3 L16 10 L5 17 Z'} fill="currentColor" />
    </svg>
  );
}

interface Props {
  /** The language chosen first: the kiosk's default (or the visitor's, if a visit runs). */
  locale: Locale;
  /** The kiosk's enabled languages. */
  locales: Locale[];
  onPrinting: (printing: boolean) => void;
  onBack: () => void;
  onSessionLost: () => void;
  /** The kiosk's clock; a test gives its own. */
  now?: () => Date;
}

/**
 * The one-page monthly report for funders: choose the month (last month first) and the report's
 * language, see it as it prints, and print it through the checklists' path (usePrintSheet): Electron
 * sends it to the centre's printer, the browser shell opens the browser's print, which prints only the
 * sheet. The preview is the core's own sheet (composeReportSheet with this staff session), small counts
 * suppressed as on paper. A failed print says why and keeps the month and language, to try again.
 */
export function MonthlyReportScreen({ locale, locales, onPrinting, onBack, onSessionLost, now }: Props) {
  const t = useStaffText();
  const api = useKiosk();
  const thisMonth = useMemo(() => currentMonth((now ?? (() => new Date()))()), [now]);
  const [month, setMonth] = useState<ReportMonth>(() => previousMonth(thisMonth));
  const [lang, setLang] = useState<Locale>(locale);

  const sheet = useMemo<SheetRequest>(() => ({ kind: 'report', month, lang }), [month, lang]);
  const view = useStaffCall(
    `composeReportSheet:${month}:${lang}`,
    (read) => read.composeReportSheet({ month, lang }),
    onSessionLost,
  );
  // No visit is logged for a staff report: nothing here is a visitor's.
  const { state, print, answer } = useStaffPrint(api, null, sheet, 1, onPrinting);
  const printing = state.phase === 'printing';
  const below = view.status === 'ready' ? view.data.suppressBelow : 5;

  return (
    <main className="screen staff monthly-report" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.monthly.title')}</ScreenHeading>
      <p className="monthly-report__hint">{t('staff.monthly.hint', { count: below })}</p>
      <div className="monthly-report__layout">
        <div className="checklist__controls">
          <div ref={answer} className="staff-handout__answer">
            <div className="checklist__status" role="status">
              {state.phase === 'printing' && <p>{t('checklist.printing')}</p>}
              {state.phase === 'sent' && <p className="checklist__sent">{t('staff.monthly.sent')}</p>}
              {state.phase === 'browser' && <p>{t('staff.monthly.browser')}</p>}
            </div>
            {state.phase === 'failed' && (
              <div className="checklist__problem" role="alert" data-reason={state.reason}>
                <p>{t('staff.monthly.failed')}</p>
                <p className="checklist__staff-reason">{t(`checklist.staff.${state.reason}`)}</p>
              </div>
            )}
          </div>
          <fieldset className="second-language" disabled={printing}>
            <legend>{t('staff.monthly.month')}</legend>
            <div className="monthly-report__month">
              <BigButton
                variant="secondary"
                aria-label={t('staff.monthly.previous')}
                onClick={() => setMonth(previousMonth(month))}
              >
                <Arrow back />
              </BigButton>
              <output className="monthly-report__month-name" aria-live="polite">
                {monthName(month)}
              </output>
              <BigButton
                variant="secondary"
                aria-label={t('staff.monthly.next')}
                disabled={month >= thisMonth}
                onClick={() => setMonth(nextMonth(month))}
              >
                <Arrow />
              </BigButton>
            </div>
          </fieldset>
          <fieldset className="second-language monthly-report__languages" disabled={printing}>
            <legend>
              {t('staff.monthly.language')}:{' '}
              <span lang={LOCALE_INFO[lang].htmlLang} dir={LOCALE_INFO[lang].dir}>
                {LOCALE_INFO[lang].nativeName}
              </span>
            </legend>
            <LanguageChoices locales={locales} chosen={lang} disabled={printing} onChoose={setLang} />
          </fieldset>
        </div>
        {view.status === 'ready' ? (
          <ReportPreview view={view.data} title={t('staff.monthly.preview')} />
        ) : (
          <StaffLoading failed={view.status === 'failed'} onRetry={view.retry} />
        )}
      </div>
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" disabled={printing} onClick={onBack}>
          {t('staff.back')}
        </BigButton>
        <BigButton
          className="step-nav__next checklist__print"
          disabled={view.status !== 'ready' || printing}
          onClick={print}
        >
          {printing ? t('checklist.printing') : t('staff.monthly.print')}
        </BigButton>
      </nav>
    </main>
  );
}
