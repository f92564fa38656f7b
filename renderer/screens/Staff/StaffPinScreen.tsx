import { useEffect, useRef, useState } from 'react';
import { KioskError } from '../../../shared/errors.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { KeypadForm, useProblemInView } from '../../components/KeypadForm.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

const PIN_MAX = 8;
const PIN_MIN = 4;

type Problem =
  { kind: 'wrong'; triesLeft: number } | { kind: 'locked'; minutes: number } | { kind: 'noPin' } | { kind: 'error' };

/** Whole minutes, rounded up: "try again in 5 minutes" reads better than a count of seconds. */
const minutesOf = (seconds: number | undefined) => Math.max(1, Math.ceil((seconds ?? 60) / 60));

/**
 * The staff PIN pad: the visitor keypad's keys and sizes, in English. The core counts the tries and
 * keeps the lock (a restart does not reset it); this screen only says what the core answered: how
 * many tries are left, or how long the pad stays locked. The PIN is never shown, logged or kept.
 */
export function StaffPinScreen({ onSignedIn, onCancel }: { onSignedIn: () => void; onCancel: () => void }) {
  const t = useStaffText();
  const api = useKiosk();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  // An answer that arrives after staff left the pad (or a visitor reset) is dropped.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    // Say at once if the pad is locked or no PIN is set, before anyone types.
    api.getStaffStatus({}).then(
      (status) => {
        if (!live.current) return;
        if (!status.pinSet) setProblem({ kind: 'noPin' });
        else if (status.lockedForSeconds > 0)
          setProblem({ kind: 'locked', minutes: minutesOf(status.lockedForSeconds) });
      },
      () => live.current && setProblem({ kind: 'error' }),
    );
    return () => {
      live.current = false;
    };
  }, [api]);

  const problemRef = useProblemInView(problem);

  const change = (next: string) => {
    setPin(next);
    if (problem?.kind === 'wrong' || problem?.kind === 'error') setProblem(null);
  };
  const ready = pin.length >= PIN_MIN && !busy;
  const signIn = () => {
    if (!ready) return;
    setBusy(true);
    api.staffSignIn({ pin }).then(
      () => live.current && onSignedIn(),
      (error: unknown) => {
        if (!live.current) return;
        setBusy(false);
        // A wrong PIN is typed again from the start: nobody should correct a PIN digit by digit.
        setPin('');
        if (error instanceof KioskError && error.code === 'wrong_pin')
          setProblem({ kind: 'wrong', triesLeft: error.triesLeft ?? 0 });
        else if (error instanceof KioskError && error.code === 'too_many_attempts')
          setProblem({ kind: 'locked', minutes: minutesOf(error.retryAfterSeconds) });
        else setProblem({ kind: 'error' });
      },
    );
  };

  return (
    <main className="screen resume staff-pin" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.pin.title')}</ScreenHeading>
      <p className="resume__hint">{t('staff.pin.hint')}</p>
      <KeypadForm
        id="staff-pin"
        label={t('staff.pin.label')}
        value={pin}
        maxLength={PIN_MAX}
        secret
        invalid={problem?.kind === 'wrong'}
        problemId={problem ? 'staff-pin-problem' : undefined}
        keyLabels={{ delete: t('resume.clear'), clear: t('resume.clearAll') }}
        onChange={change}
        onSubmit={signIn}
      />
      <div id="staff-pin-problem" ref={problemRef} className="resume__problem" role="alert">
        {problem?.kind === 'wrong' && <p>{t('staff.pin.wrong', { count: problem.triesLeft })}</p>}
        {problem?.kind === 'locked' && <p>{t('staff.pin.locked', { count: problem.minutes })}</p>}
        {problem?.kind === 'noPin' && <p>{t('staff.pin.noPin')}</p>}
        {problem?.kind === 'error' && <p>{t('staff.pin.error')}</p>}
      </div>
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onCancel}>
          {t('staff.pin.cancel')}
        </BigButton>
        <BigButton className="step-nav__next" disabled={!ready} onClick={signIn}>
          {t('staff.pin.go')}
        </BigButton>
      </nav>
    </main>
  );
}
