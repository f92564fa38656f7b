import type { ReportRange } from '../../shared/report-schema.ts';

/**
 * The report screen's date choices: presets counted from today, and a custom range set by steps of a
 * day or a month (a touch screen has no keyboard). Days are "YYYY-MM-DD" calendar days; the arithmetic
 * is done at UTC midnight so no time zone or summer time moves a day. Pure.
 */
export const RANGE_PRESETS = ['thisMonth', 'lastMonth', 'last3Months', 'thisYear', 'last12Months'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const parse = (day: string) => new Date(`${day}T00:00:00Z`);

/** Today in the kiosk's own time zone, as the visit log counts days. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first day of the month `months` away from `day`'s month. */
function monthStart(day: string, months: number): string {
  const date = parse(day);
  return dayOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)));
}

/** Each preset ends today (so today's visits count) but "last month", which is the whole month before. */
export function presetRange(preset: RangePreset, today: string): ReportRange {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today, 0), to: today };
    case 'lastMonth':
      return { from: monthStart(today, -1), to: shiftDay(monthStart(today, 0), { days: -1 }) };
    case 'last3Months':
      return { from: monthStart(today, -2), to: today };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12Months':
      return { from: monthStart(today, -11), to: today };
  }
}

/** Which preset a range is, if any: the chosen preset button shows pressed, a stepped range none. */
export function matchingPreset(range: ReportRange, today: string): RangePreset | null {
  return (
    RANGE_PRESETS.find((p) => {
      const r = presetRange(p, today);
      return r.from === range.from && r.to === range.to;
    }) ?? null
  );
}

/**
 * A day moved by days or months. A month step keeps the day of the month where it can and otherwise
 * takes the month's last day (31 March back a month is 28 or 29 February, never 3 March).
 */
export function shiftDay(day: string, by: { days?: number; months?: number }): string {
  const date = parse(day);
  if (by.months) {
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + by.months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return dayOf(target);
  }
  return dayOf(new Date(date.getTime() + (by.days ?? 0) * 86_400_000));
}
