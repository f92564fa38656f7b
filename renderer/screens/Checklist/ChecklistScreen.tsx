import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatResumeCode, type SheetRequest } from '../../../shared/checklist-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { useAction } from '../../api/use-action.ts';
import { useCall } from '../../api/use-call.ts';
import { settled } from '../../api/settled.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { CallStatus } from '../../components/CallStatus.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { JourneyAction, PlanAction } from '../../flow/journey.ts';
import { useChecklistPreview } from './lazy-preview.ts';
import { SecondLanguagePicker } from './SecondLanguagePicker.tsx';
import { usePrintSheet } from './use-print-sheet.ts';

import type { PhoneLocale } from '../../../shared/phone-picture.ts';
interface Props {
  locale: Locale;
  visitId: string;
  enabled: Locale[];
  plan: PlanAction[];
  completed: string[];
  /** Practice calls played in this visit (issue 20): each prints its line. */
  practised?: readonly string[];
  /** The code saved earlier in this visit, if any: reopening the checklist never makes a second one. */
  code: string | null;
  dispatch: (action: JourneyAction) => void;
  onPrinting: (printing: boolean) => void;
  onHelp: () => void;
  /** phone-language: the visitor's phone language; the sheet's paths print its words. */
  phoneLocale?: PhoneLocale;
}

/**
 * The family checklist: saved under a resume code (content ids only), previewed as it will print,
 * optionally with a second language for the family, then printed. If the printer fails, the visitor
 * is asked to fetch staff and the checklist stays on screen, code and all, to print again.
 */
export function ChecklistScreen({
  locale,
  visitId,
  enabled,
  plan,
  completed,
  practised = [],
  code,
  dispatch,
  onPrinting,
  onHelp,
  phoneLocale = 'unknown',
}: Props) {
  const { t } = useTranslation();
  const api = useKiosk();
  const [second, setSecond] = useState<Locale | null>(null);
  const ChecklistPreview = useChecklistPreview();

  // Saved once per visit (keyed by the visit, so taking the code into the journey does not save or
  // draw again); coming back to this screen reuses the code. The core logs checklist_shown as it saves:
  // once per visit, however often the visitor comes back to it (the managers' numbers count visitors).
  const saved = useAction(`saveChecklist:${visitId}`, (api) =>
    code
      ? settled({ code, fresh: false })
      : api
          .saveChecklist({
            actions: plan.map((a) => ({ tutorialId: a.tutorialId, ...(a.variantId && { variantId: a.variantId }) })),
            completed,
            ...(practised.length > 0 && { practised: [...practised] }),
            visitId,
            locale,
          })
          .then((r) => ({ ...r, fresh: true })),
  );
  const savedCode = saved.status === 'ready' ? saved.data.code : null;
  const fresh = saved.status === 'ready' && saved.data.fresh;
  useEffect(() => {
    if (savedCode && fresh) dispatch({ type: 'checklistSaved', code: savedCode });
  }, [savedCode, fresh, dispatch]);

  const sheet = useMemo<SheetRequest | null>(
    () =>
      savedCode
        ? {
            kind: 'personal',
            code: savedCode,
            lang: locale,
            ...(second && { second }),
            // phone-language: left out where it says nothing more than the default ('unknown' reads as the
            // visitor's language), so the sheet's address stays as it was for most visitors.
            ...(phoneLocale !== 'unknown' && phoneLocale !== locale && { phone: phoneLocale }),
          }
        : null,
    [savedCode, locale, second, phoneLocale],
  );
  const view = useCall(`composeSheet:${sheet ? JSON.stringify(sheet) : 'none'}`, (read) =>
    sheet ? read.composeSheet({ sheet }) : settled(null),
  );
  const { state, print } = usePrintSheet(api, visitId, sheet);
  const printing = state.phase === 'printing';
  useEffect(() => {
    onPrinting(printing);
  }, [printing, onPrinting]);
  useEffect(() => () => onPrinting(false), [onPrinting]);

  if (saved.status === 'failed') {
    return (
      <main className="screen checklist">
        <ScreenHeading>{t('checklist.title')}</ScreenHeading>
        <div className="checklist__problem" role="alert">
          <p>{t('checklist.saveFailed')}</p>
          <div className="checklist__problem-actions">
            <BigButton onClick={saved.retry}>{t('status.tryAgain')}</BigButton>
            <BigButton variant="secondary" onClick={onHelp}>
              {t('nav.help')}
            </BigButton>
          </div>
        </div>
        <nav className="step-nav">
          <BigButton variant="secondary" className="step-nav__back" onClick={() => dispatch({ type: 'back' })}>
            {t('checklist.back')}
          </BigButton>
        </nav>
      </main>
    );
  }

  const ready = view.status === 'ready' && view.data !== null;
  const printedOnce = state.phase === 'sent' || state.phase === 'browser';
  return (
    <main className="screen checklist">
      <ScreenHeading>{t('checklist.title')}</ScreenHeading>
      <p className="checklist__subtitle">{t('checklist.subtitle')}</p>
      <div className="checklist__layout">
        <div className="checklist__controls">
          {savedCode && (
            <p className="checklist__code">
              {t('checklist.code')}{' '}
              <strong dir="ltr" className="checklist__code-digits">
                {formatResumeCode(savedCode)}
              </strong>
            </p>
          )}
          {/* What the printer did comes first, where the visitor looks after pressing Print. */}
          <div className="checklist__status" role="status">
            {state.phase === 'printing' && <p>{t('checklist.printing')}</p>}
            {state.phase === 'sent' && <p className="checklist__sent">{t('checklist.sent')}</p>}
          </div>
          {state.phase === 'failed' && (
            <div className="checklist__problem" role="alert" data-reason={state.reason}>
              <p>{t('checklist.failed')}</p>
              {/* For the volunteer the visitor fetches: what to fix, in words, without the log. */}
              <p className="checklist__staff-reason">{t(`checklist.staff.${state.reason}`)}</p>
              <BigButton variant="secondary" className="checklist__help" onClick={onHelp}>
                {t('nav.help')}
              </BigButton>
            </div>
          )}
          <SecondLanguagePicker
            locale={locale}
            enabled={enabled}
            second={second}
            disabled={printing}
            onChange={setSecond}
          />
        </div>
        {view.status === 'ready' && view.data && ChecklistPreview ? (
          // eslint-disable-next-line react-hooks/static-components -- the module's one component, fetched apart (lazy-preview.ts)
          <ChecklistPreview view={view.data} />
        ) : (
          <CallStatus failed={view.status === 'failed'} onRetry={view.retry} />
        )}
      </div>
      <nav className="step-nav">
        {/* Nothing changes under a sheet that is on its way to the printer. */}
        <BigButton
          variant="secondary"
          className="step-nav__back"
          disabled={printing}
          onClick={() => dispatch({ type: 'back' })}
        >
          {t('checklist.back')}
        </BigButton>
        <BigButton className="step-nav__next checklist__print" disabled={!ready || printing} onClick={print}>
          {printing ? t('checklist.printing') : printedOnce ? t('checklist.printAnother') : t('checklist.print')}
        </BigButton>
      </nav>
    </main>
  );
}
