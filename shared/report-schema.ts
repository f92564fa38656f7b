import { z } from 'zod';
import { contentIdSchema } from './content-schema.ts';
import { localeSchema } from './locales.ts';

/**
 * The staff reports (issue 16): anonymous visit numbers a centre hands its funders. Every number comes
 * from the core's daily rollup of the visit log (electron/core/reports/), never from the raw events.
 */

/** A calendar day in the kiosk's local time, as the visit log keeps days ("2026-11-30"). */
export const reportDaySchema = z.iso.date();

/** The longest range one report covers: two years, so a year against the year before fits. */
export const REPORT_MAX_DAYS = 731;

/** Both ends included. */
export const reportRangeSchema = z
  .object({ from: reportDaySchema, to: reportDaySchema })
  .strict()
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'must not be before from' })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < REPORT_MAX_DAYS, {
    path: ['to'],
    message: `a report covers at most ${REPORT_MAX_DAYS} days`,
  });
export type ReportRange = z.output<typeof reportRangeSchema>;

/**
 * The bars' step: a day for ranges up to 31 days, a week (starting Monday) up to 26 weeks, a month beyond.
 * A step's `start` is its first day inside the range.
 */
export const REPORT_STEPS = ['day', 'week', 'month'] as const;
export const reportStepSchema = z.enum(REPORT_STEPS);
export type ReportStep = z.infer<typeof reportStepSchema>;

/**
 * The counts suppressed in exports and print: under the threshold (a setting, 5 by default) shown as "<5".
 * A larger count hidden so that a small one cannot be worked out by subtraction is shown under a round
 * number ("<20", "<500"): true, and never "<5" (shared/report-suppress.ts).
 */
export const suppressedCountSchema = z.string().regex(/^<\d{1,9}$/);

/**
 * A report's numbers, exact (the staff screen, behind the PIN) or with small counts suppressed (exports
 * and print): `count` is the only thing that differs between the two.
 */
function visitReportShape<C extends z.ZodType>(count: C) {
  return z.object({
    range: z.object({ from: reportDaySchema, to: reportDaySchema }),
    step: reportStepSchema,
    centreName: z.string(),
    kioskLabel: z.string(),
    /** The content versions (first 12 hex digits of the content key) the range's events were shown. */
    contentVersions: z.array(z.string()),
    visits: z.object({ total: count, assisted: count, selfGuided: count }),
    /** Every step of the range in order, zero included. */
    series: z.array(z.object({ start: reportDaySchema, visits: count, assisted: count })),
    /** Visits by the language they started in, most first; only languages with visits. */
    languages: z.array(z.object({ locale: localeSchema, visits: count })),
    /**
     * Every guide opened in the range, most opened first: visits that opened it, that finished it (the
     * funnel), and that said a step looked different on their phone. `title` in the report's language.
     */
    guides: z.array(
      z.object({
        tutorialId: contentIdSchema,
        title: z.string(),
        opened: count,
        completed: count,
        lookedDifferent: count,
      }),
    ),
    /**
     * Plans made, checklists shown, printed (the kiosk's printer took the job), print failed, handed to the
     * browser's print dialog (browser shell: the kiosk cannot know whether it printed), plans reopened by code.
     */
    checklists: z.object({
      plans: count,
      shown: count,
      printed: count,
      printFailed: count,
      sentToBrowser: count,
      resumed: count,
    }),
    /** Visits that asked for help, opened "they are calling me now", opened "I already paid…". */
    help: z.object({ helpRequested: count, scamNow: count, afterScam: count }),
  });
}

export const visitReportSchema = visitReportShape(z.int().nonnegative());
export type VisitReport = z.infer<typeof visitReportSchema>;

export const suppressedVisitReportSchema = visitReportShape(z.union([z.int().nonnegative(), suppressedCountSchema]));
export type SuppressedVisitReport = z.infer<typeof suppressedVisitReportSchema>;

/** The report's request: its range and the language of its guide titles. */
export const visitReportRequestSchema = z
  .object({ from: reportDaySchema, to: reportDaySchema, locale: localeSchema })
  .strict()
  .refine((r) => reportRangeSchema.safeParse({ from: r.from, to: r.to }).success, {
    path: ['to'],
    message: `must not be before from, and a report covers at most ${REPORT_MAX_DAYS} days`,
  });

/** An export's files: CSV and JSON, each named for the kiosk and the range. */
const exportedFile = z.object({
  name: z.string().regex(/^[A-Za-z0-9._-]{1,120}$/),
  mediaType: z.enum(['text/csv', 'application/json']),
});

/**
 * What an export did. `saved`: written into the folder staff chose (Electron: a dialog, typically a USB
 * stick). `cancelled`: staff closed the dialog. `download`: the browser shell has no folder of the kiosk's
 * to write to; the page offers the files as downloads. A failure (a full or read-only stick) is an error.
 */
export const exportAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), folder: z.string(), files: z.array(exportedFile).min(1) }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('download'), files: z.array(exportedFile.extend({ text: z.string() })).min(1) }),
]);
export type ExportAnswer = z.infer<typeof exportAnswerSchema>;
