import { useEffect, useRef, useState } from 'react';
import { KioskError } from '../../../shared/errors.ts';
import {
  RECOVERY_ALPHABET,
  RECOVERY_CODE_LENGTH,
  RECOVERY_GROUP,
  STAFF_SETUP_ALPHABET,
  STAFF_SETUP_CODE_MAX,
  STAFF_SETUP_CODE_MIN,
} from '../../../shared/staff.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { KeypadForm, useProblemInView } from '../../components/KeypadForm.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';

/** What one step asks for. `again` repeats the new PIN: a mistyped new PIN would lock staff out. */
export type StepKind = 'pin' | 'newPin' | 'again' | 'recovery' | 'setup';

interface Field {
  alphabet?: string;
  min: number;
  max: number;
  secret: boolean;
  /** Groups of four with dashes, as the code is printed. */
  grouped: boolean;
}

const FIELDS: Record<StepKind, Field> = {
  pin: { min: 4, max: 8, secret: true, grouped: false },
  newPin: { min: 4, max: 8, secret: true, grouped: false },
  again: { min: 4, max: 8, secret: true, grouped: false },
  recovery: {
    alphabet: RECOVERY_ALPHABET,
    min: RECOVERY_CODE_LENGTH,
    max: RECOVERY_CODE_LENGTH,
    secret: false,
    grouped: true,
  },
  setup: {
    alphabet: STAFF_SETUP_ALPHABET,
    min: STAFF_SETUP_CODE_MIN,
    max: STAFF_SETUP_CODE_MAX,
    secret: false,
    grouped: true,
  },
};

const grouped = (code: string) => code.match(new RegExp(`.{1,${RECOVERY_GROUP}}`, 'g'))?.join('-') ?? '';

/** A problem to show, and the step it sends staff back to (a wrong code goes back to the code). */
export interface StepProblem {
  text: string;
  step: StepKind;
}

/** Whole minutes, rounded up, as the PIN pad says them. */
export const minutesOf = (seconds: number | undefined) => Math.max(1, Math.ceil((seconds ?? 60) / 60));

/**
 * The staff screens that take a code and a new PIN (the first PIN, a forgotten PIN, a changed PIN) as
 * one field at a time on the keypad form: a kiosk has one keypad, and one field per step leaves no
 * doubt which field the keys type into. Every value stays in this component's memory only, and is
 * dropped when it goes. The new PIN is asked twice; two that differ are both asked again.
 */
export function CodeSteps({
  id,
  title,
  hint,
  steps,
  labels,
  submitLabel,
  cancelLabel,
  onSubmit,
  explain,
  onCancel,
}: {
  id: string;
  title: string;
  hint: string;
  steps: StepKind[];
  labels: Partial<Record<StepKind, string>>;
  submitLabel: string;
  cancelLabel: string;
  /** Makes the call with every value; resolves when it is done. */
  onSubmit: (values: Partial<Record<StepKind, string>>) => Promise<void>;
  /** Says what a failed call means, and which step to go back to; undefined: a plain "try again". */
  explain: (error: KioskError) => StepProblem | undefined;
  onCancel: () => void;
}) {
  const t = useStaffText();
  const [values, setValues] = useState<Partial<Record<StepKind, string>>>({});
  const [at, setAt] = useState(0);
  const [problem, setProblem] = useState<StepProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const problemRef = useProblemInView(problem);

  const step = steps[at] ?? 'pin';
  const field = FIELDS[step];
  const value = values[step] ?? '';
  const last = at === steps.length - 1;
  const ready = value.length >= field.min && !busy;

  const goTo = (kind: StepKind, next: Partial<Record<StepKind, string>>, why: StepProblem | null) => {
    setValues(next);
    setAt(Math.max(0, steps.indexOf(kind)));
    setProblem(why);
  };

  const submit = () => {
    if (!ready) return;
    if (step === 'again' && value !== values.newPin) {
      // Both are typed again: nobody can tell which of the two was mistyped.
      const { newPin: _first, again: _second, ...rest } = values;
      goTo('newPin', rest, { text: t('staff.pinLife.mismatch'), step: 'newPin' });
      return;
    }
    if (!last) {
      setAt(at + 1);
      setProblem(null);
      return;
    }
    setBusy(true);
    onSubmit(values).then(
      () => undefined,
      (error: unknown) => {
        if (!live.current) return;
        setBusy(false);
        const why = error instanceof KioskError ? explain(error) : undefined;
        const back = why?.step ?? step;
        // What was wrong is typed again from the start, and so is everything after it.
        const kept = Object.fromEntries(steps.slice(0, steps.indexOf(back)).map((k) => [k, values[k]]));
        goTo(back, kept, why ?? { text: t('staff.pin.error'), step: back });
      },
    );
  };

  return (
    <main className={`screen resume staff-pin ${id}`} {...STAFF_LANG}>
      <ScreenHeading>{title}</ScreenHeading>
      <p className="resume__hint">{hint}</p>
      {steps.length > 1 && (
        <p className="staff__status">{t('staff.pinLife.step', { current: at + 1, total: steps.length })}</p>
      )}
      <KeypadForm
        // A new field for each step: nothing typed in one shows in the next.
        key={step}
        id={`${id}-${step}`}
        label={labels[step] ?? ''}
        value={value}
        shown={field.secret || !field.grouped ? value : grouped(value)}
        maxLength={field.max}
        secret={field.secret}
        invalid={problem?.step === step}
        problemId={problem ? `${id}-problem` : undefined}
        keyLabels={{ delete: t('resume.clear'), clear: t('resume.clearAll') }}
        {...(field.alphabet && { alphabet: field.alphabet })}
        onChange={(next) => {
          setValues({ ...values, [step]: next });
          if (problem?.step === step) setProblem(null);
        }}
        onSubmit={submit}
      />
      <div id={`${id}-problem`} ref={problemRef} className="resume__problem" role="alert">
        {problem && <p>{problem.text}</p>}
      </div>
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onCancel}>
          {cancelLabel}
        </BigButton>
        <BigButton className="step-nav__next" disabled={!ready} onClick={submit}>
          {last ? submitLabel : t('staff.pinLife.next')}
        </BigButton>
      </nav>
    </main>
  );
}

/** What a wrong PIN or code and a locked pad say, the same on every screen that takes one. */
export function explainLock(
  t: ReturnType<typeof useStaffText>,
  error: KioskError,
  wrong: { step: StepKind; key: 'staff.pin.wrong' | 'staff.pinLife.wrongRecovery' | 'staff.pinLife.wrongSetup' },
): StepProblem | undefined {
  if (error.code === 'wrong_pin') return { text: t(wrong.key, { count: error.triesLeft ?? 0 }), step: wrong.step };
  if (error.code === 'too_many_attempts')
    return { text: t('staff.pin.locked', { count: minutesOf(error.retryAfterSeconds) }), step: wrong.step };
  return undefined;
}
