import { useEffect, useRef, useState } from 'react';
import type { SavedPlan } from '../../../shared/checklist-schema.ts';
import { formatResumeCode, RESUME_CODE_LENGTH } from '../../../shared/checklist-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { AssistedStart } from '../../flow/journey.ts';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { KeypadForm, useProblemInView } from '../../components/KeypadForm.tsx';
import { StaffLanguageChoice } from './StaffLanguageChoice.tsx';
import { useStaffSession } from './use-staff-session.ts';

type Problem = { kind: 'notFound' } | { kind: 'tooMany'; minutes: number } | { kind: 'error' };

interface Props {
  /** The visit running under staff mode, if any: the plan opens in it. */
  visitId: string | null;
  /** The kiosk's enabled languages, for a new assisted visit. */
  locales: Locale[];
  onOpen: (plan: SavedPlan, start?: AssistedStart) => void;
  onBack: () => void;
  onSessionLost: () => void;
}

/**
 * Staff type the 8 digits printed on a visitor's checklist (the visitor keypad's keys) and the plan
 * comes back as the visitor's own "I have a code" brings it back, with what was done ticked. A code
 * holds content ids only, not the language it was printed in: with no visit running, staff choose it.
 * A wrong code says so and keeps the digits, to correct; the code is never logged. The core logs that the
 * plan was resumed for the visit it opens in (the visit id goes with the code, as on the visitor's screen).
 */
export function PlanCodeScreen({ visitId, locales, onOpen, onBack, onSessionLost }: Props) {
  const t = useStaffText();
  const api = useKiosk();
  useStaffSession(onSessionLost);
  const [digits, setDigits] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [opening, setOpening] = useState(false);
  const [found, setFound] = useState<SavedPlan | null>(null);
  // An answer that arrives after staff left the screen is dropped.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  // As on the visitor's code screen: the message lands under the keypad, so the screen comes to its end.
  const problemRef = useProblemInView(problem);

  const complete = digits.length === RESUME_CODE_LENGTH;
  const change = (next: string) => {
    setDigits(next.replaceAll(/\D/g, '').slice(0, RESUME_CODE_LENGTH));
    setProblem(null);
  };
  const open = () => {
    if (!complete || opening) return;
    setOpening(true);
    api.openChecklist({ code: digits, ...(visitId && { visitId }) }).then(
      (plan) => {
        if (!live.current) return;
        if (visitId) onOpen(plan);
        else setFound(plan);
      },
      (error: unknown) => {
        if (!live.current) return;
        setOpening(false);
        if (error instanceof KioskError && error.code === 'too_many_attempts')
          setProblem({ kind: 'tooMany', minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
        else setProblem({ kind: error instanceof KioskError && error.code === 'not_found' ? 'notFound' : 'error' });
      },
    );
  };

  return (
    <main className="screen resume staff staff-plan-code" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.tools.planTitle')}</ScreenHeading>
      {found ? (
        <StaffLanguageChoice
          locales={locales}
          what={`${t('staff.tools.planWhat')} ${formatResumeCode(digits)}`}
          onStarted={(start) => {
            // The assisted visit began only now: the core opens the plan again for it, and so logs the
            // resume for that visit. The plan is already here, so the visitor never waits on the log.
            api
              .openChecklist({ code: digits, visitId: start.visitId })
              .catch((error: unknown) => console.warn('SafeCall: resume not recorded', error));
            onOpen(found, start);
          }}
          onCancel={() => {
            setFound(null);
            setOpening(false);
          }}
          onSessionLost={onSessionLost}
        />
      ) : (
        <>
          <p className="resume__hint">{t('staff.tools.planHint')}</p>
          <KeypadForm
            id="staff-plan-code"
            label={t('staff.tools.planLabel')}
            value={digits}
            shown={digits.length > 4 ? formatResumeCode(digits) : digits}
            maxLength={RESUME_CODE_LENGTH}
            invalid={problem?.kind === 'notFound'}
            problemId={problem ? 'staff-plan-problem' : undefined}
            keyLabels={{ delete: t('resume.clear'), clear: t('resume.clearAll') }}
            onChange={change}
            onSubmit={open}
          />
          <div id="staff-plan-problem" ref={problemRef} className="resume__problem" role="alert">
            {problem?.kind === 'notFound' && <p>{t('staff.tools.planNotFound')}</p>}
            {problem?.kind === 'tooMany' && <p>{t('staff.tools.planTooMany', { count: problem.minutes })}</p>}
            {problem?.kind === 'error' && <p>{t('staff.pin.error')}</p>}
          </div>
        </>
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
          {t('staff.back')}
        </BigButton>
        {!found && (
          <BigButton className="step-nav__next" disabled={!complete || opening} onClick={open}>
            {t('staff.tools.planGo')}
          </BigButton>
        )}
      </nav>
    </main>
  );
}
