import { useStaffText } from '../../../staff/staff-text.ts';
import { controlId, describedBy, TextField } from './SetupFields.tsx';
import type { SetupField, SetupProblem } from './setup-form.ts';

/**
 * A number of seconds, typed or stepped: the buttons make it usable by touch alone, without an
 * on-screen keyboard, and "about 2 minutes" beside it saves the sum. The box keeps what was typed,
 * so a wrong entry is named on "Finish setup" rather than corrected silently.
 */
export function SecondsField({
  field,
  label,
  value,
  step,
  problem,
  onChange,
}: {
  field: SetupField;
  label: string;
  value: string;
  step: number;
  problem: SetupProblem | undefined;
  onChange: (value: string) => void;
}) {
  const t = useStaffText();
  // The name starts with what the button shows ("−30"), as speech control users say it (WCAG 2.5.3).
  const seconds = Number(value);
  const known = value.trim() !== '' && Number.isFinite(seconds);
  const stepBy = (sign: 1 | -1) => {
    const from = known ? seconds : 0;
    onChange(String(Math.max(0, from + sign * step)));
  };
  return (
    <TextField field={field} label={label} problem={problem}>
      <div className="setup__stepper">
        <button
          type="button"
          className="setup__step"
          aria-label={`${t('staff.setup.stepLess', { count: step })} — ${t('staff.setup.less')}: ${label}`}
          onClick={() => stepBy(-1)}
        >
          {t('staff.setup.stepLess', { count: step })}
        </button>
        <input
          id={controlId(field)}
          className="setup__input setup__input--number"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...describedBy(field, false, problem)}
        />
        <button
          type="button"
          className="setup__step"
          aria-label={`${t('staff.setup.stepMore', { count: step })} — ${t('staff.setup.more')}: ${label}`}
          onClick={() => stepBy(1)}
        >
          {t('staff.setup.stepMore', { count: step })}
        </button>
        {known && seconds >= 60 && (
          <span className="setup__minutes">{t('staff.setup.minutes', { count: Math.round(seconds / 60) })}</span>
        )}
      </div>
    </TextField>
  );
}
