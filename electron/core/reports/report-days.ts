import type { ReportStep } from '../../../shared/report-schema.ts';

/*
 * Calendar arithmetic on the visit log's days ("2026-11-30", the kiosk's local calendar). The strings are
 * read as UTC midnights only to count and step: no time zone or summer time can shift a day.
 */

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export function nextDay(day: string): string {
  return toDay(toTime(day) + DAY_MS);
}

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = toTime(from), end = toTime(to); t <= end; t += DAY_MS) days.push(toDay(t));
  return days;
}

/** The first day of the step (ISO week: Monday; month: the 1st) that holds `day`. */
function stepStart(day: string, step: ReportStep): string {
  if (step === 'day') return day;
  if (step === 'month') return `${day.slice(0, 8)}01`;
  const weekday = (new Date(toTime(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return toDay(toTime(day) - weekday * DAY_MS);
}

/** Days up to which a range is drawn a bar per day; past it, weeks. */
export const MAX_DAY_STEPS = 31;
/** ISO weeks (Monday to Sunday) up to which a range is drawn a bar per week; past it, months. */
export const MAX_WEEK_STEPS = 26;

/**
 * A report's steps: each day of the range, or each ISO week it touches, or each month, in order. A step's
 * `start` is its first day inside the range (a range starting on a Wednesday starts its first week
 * there); `stepOf` names the step a day of the range belongs to.
 */
export function reportSteps(
  from: string,
  to: string,
): { step: ReportStep; starts: string[]; stepOf: Map<string, string> } {
  const days = daysOf(from, to);
  const step: ReportStep =
    days.length <= MAX_DAY_STEPS
      ? 'day'
      : new Set(days.map((d) => stepStart(d, 'week'))).size <= MAX_WEEK_STEPS
        ? 'week'
        : 'month';
  const stepOf = new Map<string, string>();
  const starts: string[] = [];
  let current = '';
  for (const day of days) {
    const own = stepStart(day, step);
    if (own !== current) {
      current = own;
      // Clamped to the range: the first step starts on `from`, wherever its week or month began.
      starts.push(day);
    }
    stepOf.set(day, starts.at(-1)!);
  }
  return { step, starts, stepOf };
}
