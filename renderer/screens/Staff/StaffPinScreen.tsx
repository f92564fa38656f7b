import { useEffect, useRef, useState } from 'react';
import { KioskError } from '../../../shared/errors.ts';
import { useKiosk } from '../../api/kiosk-context.tsx';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { Keypad } from '../Resume/Keypad.tsx';

const PIN_MAX = 8;
const PIN_MIN = 4;

type Problem =
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; minutes: number }
  | { kind: 'noPin' }
  | { kind: 'error' }
  // First-run setup (staff-setup): no kiosk.json and no PIN yet.
  | { kind: 'setup' };

/** Whole minutes, rounded up: "try again in 5 minutes" reads better than a count of seconds. */
const minutesOf = (seconds: number | undefined) => Math.max(1, Math.ceil((seconds ?? 60) / 60));

/**
 * The staff PIN pad: the visitor keypad's keys and sizes, in English. The core counts the tries and
 * keeps the lock (a restart does not reset it); this screen only says what the core answered: how
 * many tries are left, or how long the pad stays locked. The PIN is never shown, logged or kept.
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

  // As on the checklist-code screen: the message lands under the keypad, below the fold at large
  // text and under the "more below" sign, so the screen comes to its end to show it whole.
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!problem) return;
    const scroller = problemRef.current?.closest('.app__scroll');
    scroller?.scrollTo({ top: scroller.scrollHeight });
  }, [problem]);

  const change = (next: string) => {
    setPin(next.replaceAll(/\D/g, '').slice(0, PIN_MAX));
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
      <form
        className="resume__form"
        onSubmit={(e) => {
          e.preventDefault();
          signIn();
        }}
      >
        <div className="resume__field">
          <label htmlFor="staff-pin" className="resume__label">
            {t('staff.pin.label')}
          </label>
          <input
            id="staff-pin"
            className="resume__code"
            type="password"
            dir="ltr"
            inputMode="none"
            autoComplete="off"
            value={pin}
            aria-invalid={problem?.kind === 'wrong'}
            aria-describedby={problem ? 'staff-pin-problem' : undefined}
            onChange={() => undefined}
            onKeyDown={(e) => {
              if (/^\d$/.test(e.key)) change(pin + e.key);
              else if (e.key === 'Backspace' || e.key === 'Delete') change(pin.slice(0, -1));
              else return;
              e.preventDefault();
            }}
          />
        </div>
        <Keypad
          onDigit={(d) => change(pin + d)}
          onDelete={() => change(pin.slice(0, -1))}
          onClear={() => change('')}
          labels={{ delete: t('resume.clear'), clear: t('resume.clearAll') }}
        />
      </form>
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
        <BigButton className="step-nav__next" disabled={!ready} onClick={signIn}>
          {t('staff.pin.go')}
        </BigButton>
      </nav>
    </main>
  );
}
