import { describe, expect, it } from 'vitest';
import { daysOf, nextDay, reportSteps } from '../../../../electron/core/reports/report-days.ts';

describe('a report’s steps', () => {
  it('count calendar days across month ends, leap days and the clocks changing', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    // Summer time ends on 25 October 2026 in Europe: still one day.
    expect(daysOf('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(daysOf('2026-08-01', '2026-08-01')).toEqual(['2026-08-01']);
  });

  it('go by day up to 31 days, every day a step', () => {
    const { step, starts, stepOf } = reportSteps('2026-08-01', '2026-08-31');
    expect(step).toBe('day');
    expect(starts).toHaveLength(31);
    expect(stepOf.get('2026-08-17')).toBe('2026-08-17');
    expect(reportSteps('2026-08-01', '2026-08-01').starts).toEqual(['2026-08-01']);
  });

  it('go by ISO week (Monday first) past 31 days, the first week starting on the range’s first day', () => {
    // Wednesday 5 August to Sunday 13 September 2026: 40 days, 6 weeks.
    const { step, starts, stepOf } = reportSteps('2026-08-05', '2026-09-13');
    expect(step).toBe('week');
    expect(starts).toEqual(['2026-08-05', '2026-08-10', '2026-08-17', '2026-08-24', '2026-08-31', '2026-09-07']);
    expect(stepOf.get('2026-08-09')).toBe('2026-08-05'); // a Sunday: the week that began on Monday 3 August
    expect(stepOf.get('2026-08-10')).toBe('2026-08-10');
    expect(stepOf.get('2026-09-13')).toBe('2026-09-07');
  });

  it('go by month once the range touches more than 26 weeks', () => {
    // Monday 5 January to Sunday 5 July 2026: exactly 26 weeks.
    expect(reportSteps('2026-01-05', '2026-07-05').step).toBe('week');
    const { step, starts, stepOf } = reportSteps('2026-01-05', '2026-07-06');
    expect(step).toBe('month');
    expect(starts).toEqual([
      '2026-01-05',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
    ]);
    expect(stepOf.get('2026-01-31')).toBe('2026-01-05');
    const year = reportSteps('2025-12-01', '2026-11-30');
    expect(year.starts).toHaveLength(12);
  });
});
