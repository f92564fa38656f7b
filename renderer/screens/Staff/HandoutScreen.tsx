import { useMemo, useState } from 'react';
import type { SheetRequest } from '../../../shared/checklist-schema.ts';
import { TOPICS, type Topic } from '../../../shared/content-schema.ts';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useCall } from '../../api/use-call.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { ChecklistPreview } from '../Checklist/ChecklistPreview.tsx';
import { SecondLanguagePicker } from '../Checklist/SecondLanguagePicker.tsx';
import { StaffLoading } from './StaffLoading.tsx';
import { useStaffPrint } from './use-staff-print.ts';
import { useStaffSession } from './use-staff-session.ts';

const COPIES = [1, 2, 3, 4, 5] as const;

interface Props {
  /** The language chosen first: the visitor's, or the kiosk's default when no visit runs. */
  locale: Locale;
  /** The kiosk's enabled languages. */
  locales: Locale[];
  /** The running visit, if any: its print is logged as the visitor's checklist print is. */
  visitId: string | null;
  onPrinting: (printing: boolean) => void;
  onBack: () => void;
  onSessionLost: () => void;
}

/** One row of big toggle buttons, one of them chosen. */
function Choices<T extends string | number>({
  legend,
  options,
  chosen,
  disabled,
  label,
  lang,
  onChoose,
}: {
  legend: string;
  options: readonly T[];
  chosen: T;
  disabled: boolean;
  label: (option: T) => string;
  lang?: (option: T) => { lang: string; dir: 'ltr' | 'rtl' };
  onChoose: (option: T) => void;
}) {
  return (
    <fieldset className="second-language" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="second-language__choices">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={`choice${option === chosen ? ' choice--chosen' : ''}`}
            aria-pressed={option === chosen}
            {...lang?.(option)}
            onClick={() => onChoose(option)}
          >
            {label(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Any topic's handout (the `/print/handout` sheet), in any enabled language with an optional second
 * one, 1 to 5 copies, previewed as it prints. Printing is the visitor checklist's own (usePrintSheet):
 * Electron sends it to the centre's printer; the browser shell opens the browser's print, which
 * prints only the sheet. A failed print says why in words and keeps every choice, to try again.
 */
export function HandoutScreen({ locale, locales, visitId, onPrinting, onBack, onSessionLost }: Props) {
  const t = useStaffText();
  const api = useKiosk();
  useStaffSession(onSessionLost);
  const [topic, setTopic] = useState<Topic>(TOPICS[0]);
  const [lang, setLang] = useState<Locale>(locale);
  const [second, setSecond] = useState<Locale | null>(null);
  const [copies, setCopies] = useState(1);

  const sheet = useMemo<SheetRequest>(
    () => ({ kind: 'handout', topic, lang, ...(second && second !== lang && { second }) }),
    [topic, lang, second],
  );
  const view = useCall(`composeSheet:${JSON.stringify(sheet)}`, (read) => read.composeSheet({ sheet }));
  const { state, print, answer } = useStaffPrint(api, visitId, sheet, copies, onPrinting);
  const printing = state.phase === 'printing';

  return (
    <main className="screen checklist staff staff-handout" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.tools.handoutTitle')}</ScreenHeading>
      <div className="checklist__layout">
        <div className="checklist__controls">
          <div ref={answer} className="staff-handout__answer">
            <div className="checklist__status" role="status">
              {state.phase === 'printing' && <p>{t('checklist.printing')}</p>}
              {state.phase === 'sent' && (
                <p className="checklist__sent">{t('staff.tools.handoutSent', { count: copies })}</p>
              )}
              {state.phase === 'browser' && <p>{t('staff.tools.handoutBrowser', { count: copies })}</p>}
            </div>
            {state.phase === 'failed' && (
              <div className="checklist__problem" role="alert" data-reason={state.reason}>
                <p>{t('staff.tools.handoutFailed')}</p>
                <p className="checklist__staff-reason">{t(`checklist.staff.${state.reason}`)}</p>
              </div>
            )}
          </div>
          <Choices
            legend={t('staff.tools.handoutTopic')}
            options={TOPICS}
            chosen={topic}
            disabled={printing}
            label={(option) => t(`browse.topic.${option}`)}
            onChoose={setTopic}
          />
          <Choices
            legend={t('staff.tools.handoutLanguage')}
            options={locales}
            chosen={lang}
            disabled={printing}
            label={(option) => LOCALE_INFO[option].nativeName}
            lang={(option) => ({ lang: LOCALE_INFO[option].htmlLang, dir: LOCALE_INFO[option].dir })}
            onChoose={setLang}
          />
          <SecondLanguagePicker
            locale={lang}
            enabled={locales}
            second={second === lang ? null : second}
            disabled={printing}
            onChange={setSecond}
            textLang="en"
          />
          <Choices
            legend={t('staff.tools.handoutCopies')}
            options={COPIES}
            chosen={copies}
            disabled={printing}
            label={String}
            onChoose={setCopies}
          />
        </div>
        {view.status === 'ready' ? (
          <ChecklistPreview view={view.data} textLang="en" title={t('staff.tools.handoutPreview')} />
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
          {printing ? t('checklist.printing') : t('staff.tools.handoutPrint', { count: copies })}
        </BigButton>
      </nav>
    </main>
  );
}
