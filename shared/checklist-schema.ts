import { z } from 'zod';
import { contentIdSchema, isoDateSchema, topicSchema } from './content-schema.ts';
import { localeSchema } from './locales.ts';
import { phoneLabelIdSchema, phoneLocaleSchema, phoneWordViewSchema } from './phone-picture.ts';
import { regionSchema } from './regions.ts';
import { reportMonthSchema } from './report-sheet-schema.ts';
import { hotlineViewSchema } from './safety-schema.ts';
import { PAPER_SIZES } from './settings-schema.ts';

// ---- Resume code ----

/** Eight digits, shown as "4827 1935": easy to read aloud and to type on a number pad; spaces and dashes are ignored. */
export const RESUME_CODE_LENGTH = 8;
export const resumeCodeSchema = z
  .string()
  .transform((s) => s.replaceAll(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'must be 8 digits'));
export type ResumeCode = z.output<typeof resumeCodeSchema>;

export function formatResumeCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** What a resume code stands for: only content ids, never anything about the visitor. */
export const savedPlanSchema = z.object({
  actions: z
    .array(z.object({ tutorialId: contentIdSchema, variantId: contentIdSchema.optional() }))
    .min(1)
    .max(8),
  completed: z.array(contentIdSchema).max(30),
  /** Practice scam calls played to an end (issue 20): each prints its line under what was done. */
  practised: z.array(contentIdSchema).max(8).optional(),
});
export type SavedPlan = z.infer<typeof savedPlanSchema>;

// ---- What the core composes for the print layout ----

export const checklistItemSchema = z.object({
  tutorialId: contentIdSchema,
  title: z.string(),
  /** The setting as a short goal ("FaceTime is off"). */
  item: z.string(),
  /** Its short steps, as a menu path. */
  path: z.string(),
  // phone-language: the path may name the phone's words as {{id}}; printed by the one rule (shared/phone-words.ts).
  /** The phone words its path names, by id; absent where it names none. */
  words: z.record(phoneLabelIdSchema, phoneWordViewSchema).optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** Everything printed in one language; a bilingual sheet has two. */
export const checklistTextSchema = z.object({
  locale: localeSchema,
  done: z.array(checklistItemSchema),
  todo: z.array(checklistItemSchema),
  /** The practice calls played (issue 20): "I practised hanging up on a fake police video call." */
  practised: z.array(z.object({ id: contentIdSchema, text: z.string() })),
  redFlags: z.array(z.object({ id: contentIdSchema, text: z.string() })),
  ifCalled: z.array(z.object({ id: contentIdSchema, text: z.string() })),
  hotlines: z.array(hotlineViewSchema),
  qr: z.array(z.object({ url: z.string(), label: z.string() })),
});
export type ChecklistText = z.infer<typeof checklistTextSchema>;

export const checklistViewSchema = z.object({
  kind: z.enum(['personal', 'handout']),
  /** Personal sheets only: the code staff enter to reopen the plan. */
  code: z.string().optional(),
  /** Handouts only. */
  topic: topicSchema.optional(),
  centreName: z.string(),
  region: regionSchema,
  paperSize: z.enum(PAPER_SIZES),
  /** The day only (YYYY-MM-DD, the kiosk's local date): nothing finer is ever printed or kept. */
  date: isoDateSchema,
  /** The visitor's language first, then the family's, if chosen. */
  texts: z.array(checklistTextSchema).min(1).max(2),
  // phone-language
  /** The language the visitor's phone shows its menus in: the paths print its words. Absent: 'unknown'. */
  phone: phoneLocaleSchema.optional(),
});
export type ChecklistView = z.infer<typeof checklistViewSchema>;

/** Which sheet to print: what the print page's address says, and what a shell's printer is asked for. */
export const sheetRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('personal'),
      code: resumeCodeSchema,
      lang: localeSchema,
      second: localeSchema.optional(),
      // phone-language: the visitor's phone language, for the phone's words in the paths. Absent: 'unknown'.
      phone: phoneLocaleSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('handout'),
      topic: topicSchema,
      lang: localeSchema,
      second: localeSchema.optional(),
      // phone-language
      phone: phoneLocaleSchema.optional(),
    })
    .strict(),
  // report-print: the monthly report (staff only: shared/call-access.ts), in one language.
  z.object({ kind: z.literal('report'), month: reportMonthSchema, lang: localeSchema }).strict(),
]);
export type SheetRequest = z.output<typeof sheetRequestSchema>;
/** The sheets the checklist composer lays out: every kind but the monthly report (report-sheet-schema.ts). */
export type ChecklistSheetRequest = Exclude<SheetRequest, { kind: 'report' }>;

/** Each sheet kind's print page address. */
const SHEET_PATHS = { personal: '/print/checklist', handout: '/print/handout', report: '/print/report' } as const;

/** The address's query parameter that carries a report's one-time print ticket (report-sheet-schema.ts). */
export const PRINT_TICKET_PARAM = 'ticket';

/**
 * The print page's path and query for a sheet: the same address in both shells. A report's address
 * also carries the print ticket the core minted for it; the address is then a secret of the print
 * window's and is never logged (electron/shell/print/print-window.ts).
 */
export function sheetPath(sheet: SheetRequest, ticket?: string): string {
  const query = new URLSearchParams(
    sheet.kind === 'personal'
      ? { code: sheet.code }
      : sheet.kind === 'handout'
        ? { topic: sheet.topic }
        : { month: sheet.month },
  );
  query.set('lang', sheet.lang);
  if (sheet.kind !== 'report' && sheet.second && sheet.second !== sheet.lang) query.set('second', sheet.second);
  // phone-language: 'unknown' is what no phone language means, so the address stays as it was.
  if (sheet.kind !== 'report' && sheet.phone && sheet.phone !== 'unknown') query.set('phone', sheet.phone);
  if (sheet.kind === 'report' && ticket !== undefined) query.set(PRINT_TICKET_PARAM, ticket);
  return `${SHEET_PATHS[sheet.kind]}?${query.toString()}`;
}

/**
 * Reads a print page address back into a request; the shells and the print page share this. A print
 * ticket is not part of the request (printTicketOf reads it).
 */
export function parseSheetPath(pathname: string, search: string): z.ZodSafeParseResult<SheetRequest> {
  const params = new URLSearchParams(search);
  params.delete(PRINT_TICKET_PARAM);
  const path = pathname.replace(/\/+$/, '');
  const kind = (Object.keys(SHEET_PATHS) as Array<keyof typeof SHEET_PATHS>).find((k) => SHEET_PATHS[k] === path);
  return sheetRequestSchema.safeParse({ ...Object.fromEntries(params), kind: kind ?? 'unknown' });
}

/** The print ticket a report's print page address carries, if any. */
export function printTicketOf(search: string): string | undefined {
  return new URLSearchParams(search).get(PRINT_TICKET_PARAM) ?? undefined;
}

/** Why a printer could not print: each gets its own words for staff, the visitor always hears "ask staff". */
export const PRINT_FAILURES = ['no_printer', 'offline', 'no_paper', 'failed'] as const;
export const printFailureSchema = z.enum(PRINT_FAILURES);
export type PrintFailure = z.infer<typeof printFailureSchema>;

export const printResultSchema = z.discriminatedUnion('status', [
  /** Sent to the printer. */
  z.object({ status: z.literal('sent'), copies: z.int().min(1) }),
  /** The browser shell has no printer of its own: the page prints itself with the browser's print. */
  z.object({ status: z.literal('browser') }),
  z.object({ status: z.literal('failed'), reason: printFailureSchema }),
]);
export type PrintResult = z.infer<typeof printResultSchema>;
