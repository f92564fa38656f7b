import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatResumeCode, RESUME_CODE_LENGTH } from '../../../shared/checklist-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { KeypadForm, useProblemInView } from '../../components/KeypadForm.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { JourneyAction } from '../../flow/journey.ts';

/**
 * A returning visitor (or staff beside them) types the 8 digits printed on their checklist and gets
 * the same plan back, with what they had done ticked. Big keys on screen; a keyboard works too.
 * The core logs that a plan was resumed (the visit id goes with the code); the code itself is never logged.
 */
export function ResumeScreen({ visitId, dispatch }: { visitId: string; dispatch: (action: JourneyAction) => void }) {
  const { t } = useTranslation();
  const api = useKiosk();
  const [digits, setDigits] = useState('');
  const [problem, setProblem] = useState<'notFound' | 'tooMany' | 'error' | null>(null);
  // Minutes to wait after too many wrong codes: said in whole minutes, which read more calmly than seconds.
  const [waitMinutes, setWaitMinutes] = useState(1);
  const [opening, setOpening] = useState(false);
  // An answer that arrives after the visitor left (Go back, Start over, the idle reset) is dropped.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const complete = digits.length === RESUME_CODE_LENGTH;
  const problemRef = useProblemInView(problem);

  const change = (next: string) => {
    setDigits(next);
    setProblem(null);
  };
  const open = () => {
    if (!complete || opening) return;
    setOpening(true);
    api.openChecklist({ code: digits, visitId }).then(
      (plan) => {
        if (!live.current) return;
        dispatch({ type: 'resumed', actions: plan.actions, completed: plan.completed });
      },
      (error: unknown) => {
        if (!live.current) return;
        setOpening(false);
        // The typed digits stay either way: a visitor told to wait can try the same code again.
        if (error instanceof KioskError && error.code === 'too_many_attempts') {
          setWaitMinutes(Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)));
          setProblem('tooMany');
        } else setProblem(error instanceof KioskError && error.code === 'not_found' ? 'notFound' : 'error');
      },
    );
  };

  return (
    <main className="screen resume">
      <ScreenHeading>{t('resume.title')}</ScreenHeading>
      <p className="resume__hint">{t('resume.hint')}</p>
      <KeypadForm
        id="resume-code"
        label={t('resume.digits')}
        value={digits}
        shown={digits.length > 4 ? formatResumeCode(digits) : digits}
        maxLength={RESUME_CODE_LENGTH}
        invalid={problem === 'notFound'}
        problemId={problem ? 'resume-problem' : undefined}
        onChange={change}
        onSubmit={open}
      />
      <div id="resume-problem" ref={problemRef} className="resume__problem" role="alert">
        {problem === 'notFound' && <p>{t('resume.notFound')}</p>}
        {problem === 'tooMany' && <p>{t('resume.tooMany', { count: waitMinutes })}</p>}
        {problem === 'error' && <p>{t('status.error')}</p>}
      </div>
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={() => dispatch({ type: 'back' })}>
          {t('resume.cancel')}
        </BigButton>
        <BigButton className="step-nav__next resume__go" disabled={!complete || opening} onClick={open}>
          {t('resume.go')}
        </BigButton>
      </nav>
    </main>
  );
}
