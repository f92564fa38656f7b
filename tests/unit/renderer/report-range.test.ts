import { describe, expect, it } from 'vitest';
import {
  localToday,
  matchingPreset,
  presetRange,
  RANGE_PRESETS,
  shiftDay,
} from '../../../renderer/reports/report-range.ts';
import { reportRangeSchema } from '../../../shared/report-schema.ts';

describe('report date choices', () => {
  it('counts each preset from today, every one a range the contract accepts', () => {
    const today = '2026-03-31';
    expect(Object.fromEntries(RANGE_PRESETS.map((p) => [p, presetRange(p, today)]))).toEqual({
      thisMonth: { from: '2026-03-01', to: '2026-03-31' },
      lastMonth: { from: '2026-02-01', to: '2026-02-28' },
      last3Months: { from: '2026-01-01', to: '2026-03-31' },
      thisYear: { from: '2026-01-01', to: '2026-03-31' },
      last12Months: { from: '2025-04-01', to: '2026-03-31' },
    });
    for (const p of RANGE_PRESETS) expect(reportRangeSchema.safeParse(presetRange(p, today)).success).toBe(true);
    // January: last month is the December before.
    expect(presetRange('lastMonth', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('names the preset a range is, and none for a range stepped by hand', () => {
    expect(matchingPreset({ from: '2026-02-01', to: '2026-02-28' }, '2026-03-31')).toBe('lastMonth');
    expect(matchingPreset({ from: '2026-02-02', to: '2026-02-28' }, '2026-03-31')).toBeNull();
  });

  it('steps a day across months and years, and a month to the last day a shorter month has', () => {
    expect(shiftDay('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(shiftDay('2026-03-01', { days: -1 })).toBe('2026-02-28');
    expect(shiftDay('2026-03-31', { months: -1 })).toBe('2026-02-28');
    expect(shiftDay('2028-03-31', { months: -1 })).toBe('2028-02-29');
    expect(shiftDay('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(shiftDay('2026-11-15', { months: 2 })).toBe('2027-01-15');
    // Summer time never moves a day: the arithmetic is on calendar days.
    expect(shiftDay('2026-03-28', { days: 2 })).toBe('2026-03-30');
  });

  it("takes today from the kiosk's own clock, not UTC", () => {
    expect(localToday(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect(localToday(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});
