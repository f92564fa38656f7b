import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatResumeCode, RESUME_CODE_LENGTH } from '../../../shared/checklist-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import type { JourneyAction } from '../../flow/journey.ts';
import { logEvent } from '../../flow/log-event.ts';
import { Keypad } from './Keypad.tsx';

/**
 * A returning visitor (or staff beside them) types the 8 digits printed on their checklist and gets
 * the same plan back, with what they had done ticked. Big keys on screen; a keyboard works too.
 * The code itself is never logged: only that a plan was resumed.
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
  // The message appears under the keypad, where at large text it lands below the fold and under the
  // "more below" sign: bring the screen to its end, so the whole message sits just above the buttons
  // and the sign (nothing more below) goes away.
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!problem) return;
    const scroller = problemRef.current?.closest('.app__scroll');
    scroller?.scrollTo({ top: scroller.scrollHeight });
  }, [problem]);

  const change = (next: string) => {
    setDigits(next.replaceAll(/\D/g, '').slice(0, RESUME_CODE_LENGTH));
    setProblem(null);
  };
  const open = () => {
    if (!complete || opening) return;
    setOpening(true);
    api.openChecklist({ code: digits }).then(
      (plan) => {
        if (!live.current) return;
        logEvent(api, { visitId, kind: 'checklist_resumed' });
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
      <form
        className="resume__form"
        onSubmit={(e) => {
          e.preventDefault();
          open();
        }}
      >
        <div className="resume__field">
          <label htmlFor="resume-code" className="resume__label">
            {t('resume.digits')}
          </label>
          {/* The keys below are the keyboard (inputMode none: no system keyboard covers them). A physical
              keyboard types the same way, always at the end, so the shown spacing never moves the caret. */}
          <input
            id="resume-code"
            className="resume__code"
            dir="ltr"
            inputMode="none"
            autoComplete="off"
            spellCheck={false}
            value={digits.length > 4 ? formatResumeCode(digits) : digits}
            aria-invalid={problem === 'notFound'}
            aria-describedby={problem ? 'resume-problem' : undefined}
            // Typing arrives through onKeyDown; a controlled field still needs a change handler.
            onChange={() => undefined}
            onKeyDown={(e) => {
              if (/^\d$/.test(e.key)) change(digits + e.key);
              else if (e.key === 'Backspace' || e.key === 'Delete') change(digits.slice(0, -1));
              else return; // Enter submits the form; Tab moves on
              e.preventDefault();
            }}
            onPaste={(e) => {
              e.preventDefault();
              change(digits + e.clipboardData.getData('text'));
            }}
          />
        </div>
        <Keypad
          onDigit={(d) => change(digits + d)}
          onDelete={() => change(digits.slice(0, -1))}
          onClear={() => change('')}
        />
      </form>
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
