import type { ReportMonth } from '../../../../shared/report-sheet-schema.ts';

/** The kiosk's current month, local time ("2026-12"). */
export function currentMonth(now: Date): ReportMonth {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A month as staff read it on their English screen ("November 2026"). */
export function monthName(month: ReportMonth): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, number - 1, 1),
  );
}
