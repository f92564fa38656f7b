import { reportRangeSchema, type ReportRange } from '../../../../shared/report-schema.ts';
import {
  matchingPreset,
  presetRange,
  RANGE_PRESETS,
  shiftDay,
  type RangePreset,
} from '../../../reports/report-range.ts';
import { useStaffText } from '../../../staff/staff-text.ts';

const PRESET_TEXT = {
  thisMonth: 'staff.reports.thisMonth',
  lastMonth: 'staff.reports.lastMonth',
  last3Months: 'staff.reports.last3Months',
  thisYear: 'staff.reports.thisYear',
  last12Months: 'staff.reports.last12Months',
} as const satisfies Record<RangePreset, string>;

/** A range's problems by field, as the contract's own schema names them ("must not be before from"). */
export function rangeProblems(range: ReportRange): Partial<Record<keyof ReportRange, string>> {
  const checked = reportRangeSchema.safeParse(range);
  if (checked.success) return {};
  const problems: Partial<Record<keyof ReportRange, string>> = {};
  for (const issue of checked.error.issues) {
    const field = issue.path[0] === 'from' ? 'from' : 'to';
    problems[field] ??= issue.message;
  }
  return problems;
}

/** A day as staff read it in the staff language: "Sun 1 Nov 2026". */
const staffDay = (day: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/**
 * The report's dates: a preset counted from today, or any range set by steps of a day or a month, so a
 * touch screen needs no keyboard. A range the contract refuses keeps what staff set and says why beside
 * the field; no report is asked for until it is fixed.
 */
export function ReportRangePicker({
  range,
  today,
  onChange,
}: {
  range: ReportRange;
  today: string;
  onChange: (range: ReportRange) => void;
}) {
  const t = useStaffText();
  const chosen = matchingPreset(range, today);
  const problems = rangeProblems(range);
  const field = (name: keyof ReportRange) => {
    const label = t(name === 'from' ? 'staff.reports.from' : 'staff.reports.to');
    const move = (by: { days?: number; months?: number }) => onChange({ ...range, [name]: shiftDay(range[name], by) });
    const problem = problems[name];
    const id = `report-${name}`;
    return (
      <div className="report-range__field">
        <span className="report-range__label" id={`${id}-label`}>
          {label}
        </span>
        <div className="report-range__stepper">
          <button
            type="button"
            className="report-range__step"
            aria-label={`${label}: ${t('staff.reports.monthEarlier')}`}
            onClick={() => move({ months: -1 })}
          >
            {t('staff.reports.monthEarlier')}
          </button>
          <button
            type="button"
            className="report-range__step"
            aria-label={`${label}: ${t('staff.reports.dayEarlier')}`}
            onClick={() => move({ days: -1 })}
          >
            {t('staff.reports.dayEarlier')}
          </button>
          <output
            className="report-range__day"
            aria-labelledby={`${id}-label ${id}`}
            id={id}
            aria-describedby={problem ? `${id}-problem` : undefined}
            aria-invalid={problem ? true : undefined}
          >
            {staffDay(range[name])}
          </output>
          <button
            type="button"
            className="report-range__step"
            aria-label={`${label}: ${t('staff.reports.dayLater')}`}
            onClick={() => move({ days: 1 })}
          >
            {t('staff.reports.dayLater')}
          </button>
          <button
            type="button"
            className="report-range__step"
            aria-label={`${label}: ${t('staff.reports.monthLater')}`}
            onClick={() => move({ months: 1 })}
          >
            {t('staff.reports.monthLater')}
          </button>
        </div>
        {problem && (
          <p className="report-range__problem" id={`${id}-problem`} role="alert">
            {label} {problem}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="report-range">
      <legend>{t('staff.reports.range')}</legend>
      <div className="second-language__choices">
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className={`choice${preset === chosen ? ' choice--chosen' : ''}`}
            aria-pressed={preset === chosen}
            onClick={() => onChange(presetRange(preset, today))}
          >
            {t(PRESET_TEXT[preset])}
          </button>
        ))}
      </div>
      <div className="report-range__fields">
        {field('from')}
        {field('to')}
      </div>
    </fieldset>
  );
}
