import { useEffect, useRef, useState } from 'react';
import { KioskError } from '../../../shared/errors.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { KeypadForm, useProblemInView } from '../../components/KeypadForm.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { minutesOf } from './CodeSteps.tsx';
import { FirstPinScreen } from './FirstPinScreen.tsx';
import { RecoverPinScreen } from './RecoverPinScreen.tsx';

const PIN_MAX = 8;
const PIN_MIN = 4;

type Problem =
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; minutes: number }
  | { kind: 'noPin' }
  | { kind: 'error' }
  // First-run setup (staff-setup): no kiosk.json and no PIN yet.
  | { kind: 'setup' };

/** What the pad shows: the PIN, the first PIN (no PIN yet), or the recovery code (a forgotten PIN). */
type Mode = { kind: 'signIn' } | { kind: 'firstPin'; needsCode: boolean } | { kind: 'recover' };

/**
 * The staff PIN pad: the visitor keypad's keys and sizes, in English. The core counts the tries and
 * keeps the lock (a restart does not reset it); this screen only says what the core answered: how
 * many tries are left, or how long the pad stays locked. The PIN is never shown, logged or kept.
 * With no PIN yet it becomes "Choose the staff PIN" (a kiosk.json kiosk), or hands over to first-run
 * setup (`onSetup`) when the core offers it; "Forgot the PIN?" takes the recovery code.
 */
export function StaffPinScreen({
  onSignedIn,
  onCancel,
  onSetup,
}: {
  onSignedIn: () => void;
  onCancel: () => void;
  /** First-run setup (staff-setup): offered instead of the PIN while the core says setup is available. */
  onSetup?: () => void;
}) {
  const t = useStaffText();
  const api = useKiosk();
  const [mode, setMode] = useState<Mode>({ kind: 'signIn' });
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
        if (status.setupAvailable && onSetup) setProblem({ kind: 'setup' });
        else if (!status.pinSet && !status.setupAvailable)
          setMode({ kind: 'firstPin', needsCode: status.setupCodeNeeded ?? false });
        else if (!status.pinSet) setProblem({ kind: 'noPin' });
        else if (status.lockedForSeconds > 0)
          setProblem({ kind: 'locked', minutes: minutesOf(status.lockedForSeconds) });
      },
      () => live.current && setProblem({ kind: 'error' }),
    );
    return () => {
      live.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once per pad; onSetup only says whether setup is offered
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

  if (mode.kind === 'firstPin')
    return <FirstPinScreen needsCode={mode.needsCode} onSignedIn={onSignedIn} onCancel={onCancel} />;
  if (mode.kind === 'recover')
    return <RecoverPinScreen onSignedIn={onSignedIn} onCancel={() => setMode({ kind: 'signIn' })} />;

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
        {problem?.kind === 'setup' && <p>{t('staff.setup.noPinSetup')}</p>}
      </div>
      {problem?.kind === 'setup' && onSetup && (
        <BigButton className="staff-pin__setup" onClick={onSetup}>
          {t('staff.setup.open')}
        </BigButton>
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onCancel}>
          {t('staff.pin.cancel')}
        </BigButton>
        {/* Beside the two answers, not under the keypad where large text would push it below the fold. */}
        {problem?.kind !== 'noPin' && (
          <BigButton variant="quiet" className="staff-pin__forgot" onClick={() => setMode({ kind: 'recover' })}>
            {t('staff.pinLife.forgot')}
          </BigButton>
        )}
        <BigButton className="step-nav__next" disabled={!ready} onClick={signIn}>
          {t('staff.pin.go')}
        </BigButton>
      </nav>
    </main>
  );
}
