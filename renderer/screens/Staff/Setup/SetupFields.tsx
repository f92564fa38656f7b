import type { ReactNode } from 'react';
import { useStaffText } from '../../../staff/staff-text.ts';
import type { SetupField, SetupProblem } from './setup-form.ts';

/** A sign, not words: the same in every language. */
const WARNING_MARK = '⚠ ';

/** The id of a field's first control: what its label points at, and what gets focus when it is wrong. */
export const controlId = (field: SetupField) => `setup-${field}`;
const errorId = (field: SetupField) => `setup-${field}-error`;
const hintId = (field: SetupField) => `setup-${field}-hint`;

/** "Centre name: must not be empty": the field's own name first, so the message says which field. */
export function useProblemText() {
  const t = useStaffText();
  return (problem: SetupProblem): string => {
    switch (problem.kind) {
      case 'said':
        return problem.message;
      case 'tooLong':
      case 'atLeast':
      case 'atMost':
        return t(`staff.setup.error.${problem.kind}`, { count: problem.count });
      case 'empty':
      case 'wholeNumber':
      case 'choose':
      case 'oneLanguage':
      case 'defaultOffered':
      case 'pin':
      case 'pinMatch':
        return t(`staff.setup.error.${problem.kind}`);
    }
  };
}

/** What a control carries so its error and hint are read with it, and it shows as wrong. */
export function describedBy(field: SetupField, hint: boolean, problem: SetupProblem | undefined) {
  const ids = [problem ? errorId(field) : '', hint ? hintId(field) : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': problem ? true : undefined };
}

function FieldError({
  field,
  label,
  problem,
}: {
  field: SetupField;
  label: string;
  problem: SetupProblem | undefined;
}) {
  const say = useProblemText();
  if (!problem) return null;
  return (
    <p id={errorId(field)} className="setup__error">
      {/* A mark for the eye only: the field's name already says to a screen reader what is wrong. */}
      <span aria-hidden="true">{WARNING_MARK}</span>
      {label}: {say(problem)}
    </p>
  );
}

/** One text field: its name, a hint, the error named after the field, then the box. */
export function TextField({
  field,
  label,
  hint,
  problem,
  children,
}: {
  field: SetupField;
  label: string;
  hint?: string | undefined;
  problem: SetupProblem | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`setup__field${problem ? ' setup__field--wrong' : ''}`}>
      <label htmlFor={controlId(field)} className="setup__label">
        {label}
      </label>
      {hint && (
        <p id={hintId(field)} className="setup__hint">
          {hint}
        </p>
      )}
      <FieldError field={field} label={label} problem={problem} />
      {children}
    </div>
  );
}

/** A group of radio buttons or checkboxes under one name (a fieldset, so the name is read with each choice). */
export function ChoiceGroup({
  field,
  label,
  hint,
  problem,
  children,
}: {
  field: SetupField;
  label: string;
  hint?: string | undefined;
  problem: SetupProblem | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`setup__field setup__group${problem ? ' setup__field--wrong' : ''}`}
      {...describedBy(field, Boolean(hint), problem)}
      aria-invalid={undefined}
    >
      <legend className="setup__label">{label}</legend>
      {hint && (
        <p id={hintId(field)} className="setup__hint">
          {hint}
        </p>
      )}
      <FieldError field={field} label={label} problem={problem} />
      <div className="setup__choices">{children}</div>
    </fieldset>
  );
}

/** One choice: the whole row is the tap target, the box or dot large enough to see from standing. */
export function Choice({
  id,
  type,
  name,
  checked,
  onChange,
  children,
  lang,
}: {
  id?: string | undefined;
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  lang?: string | undefined;
}) {
  return (
    <label className="setup__check" lang={lang}>
      <input id={id} type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
