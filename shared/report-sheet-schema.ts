import { z } from 'zod';
import { localeSchema } from './locales.ts';
import { reportDaySchema, suppressedVisitReportSchema } from './report-schema.ts';
import { PAPER_SIZES } from './settings-schema.ts';

/**
 * The printable monthly report (issue 16, report-print): one page a centre hands its funders, printed
 * through the checklists' print path (/print/report). Its numbers are the staff report's, for the
 * month's first to last day, with small counts suppressed: paper leaves the building.
 */

/** A calendar month, "2026-11". */
export const reportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM');
export type ReportMonth = z.infer<typeof reportMonthSchema>;

/** The month's first and last day, both included ("2026-02" is 2026-02-01 to 2026-02-28). */
export function monthRange(month: ReportMonth): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is this month's last day; UTC, so no time zone moves it.
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month before `month` ("2026-01" before "2026-02", "2025-12" before "2026-01"). */
export function previousMonth(month: ReportMonth): ReportMonth {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** The month after `month`. */
export function nextMonth(month: ReportMonth): ReportMonth {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * A one-time print ticket (32 random bytes, base64url). The print page that lays a report out for the
 * printer runs without a staff session (Electron's hidden print window), so the core mints one of these
 * for the staff member's printSheet and puts it in the print page's address. It opens that one sheet
 * (its month and language) once, for a few minutes, and is never logged.
 */
export const printTicketSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a print ticket');

/** What composeReportSheet asks: the month and the report's language; the ticket when the print page asks. */
export const reportSheetRequestSchema = z
  .object({ month: reportMonthSchema, lang: localeSchema, ticket: printTicketSchema.optional() })
  .strict();

/** The monthly report as paper shows it: the month's numbers, suppressed, and what the footer says. */
export const reportSheetViewSchema = z.object({
  month: reportMonthSchema,
  lang: localeSchema,
  paperSize: z.enum(PAPER_SIZES),
  /** The kiosk's local day the sheet was composed ("generated on"). */
  generatedOn: reportDaySchema,
  /** Counts under this are printed as "<N" (the `reports.suppressBelow` setting). */
  suppressBelow: z.int().min(1),
  report: suppressedVisitReportSchema,
});
export type ReportSheetView = z.infer<typeof reportSheetViewSchema>;
