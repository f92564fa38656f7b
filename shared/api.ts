import { z } from 'zod';
import type { CallName } from './calls.ts';
import {
  checklistViewSchema,
  printResultSchema,
  resumeCodeSchema,
  savedPlanSchema,
  sheetRequestSchema,
} from './checklist-schema.ts';
import {
  contentIdSchema,
  DEVICES,
  PLATFORMS,
  topicSchema,
  tutorialSummarySchema,
  tutorialViewSchema,
  variantViewSchema,
} from './content-schema.ts';
import {
  addContentPackKeyAnswerSchema,
  addContentPackKeyRequestSchema,
  appliedAnswerSchema,
  applyContentPackRequestSchema,
  contentPackStatusSchema,
  openContentPackAnswerSchema,
  openContentPackRequestSchema,
} from './content-pack-schema.ts';
import { kioskErrorPayloadSchema } from './errors.ts';
import { PRINTER_STATES } from './news.ts';
import { eventKindSchema } from './events.ts';
import { faultCountsSchema, faultReportSchema } from './faults.ts';
import { localeInfoSchema, localeSchema } from './locales.ts';
import { answersSchema, planSchema, questionViewSchema } from './questions-schema.ts';
import { regionSchema } from './regions.ts';
import { safetyAdviceViewSchema } from './safety-schema.ts';
import { printerListSchema } from './printers.ts';
import { exportAnswerSchema, visitReportRequestSchema, visitReportSchema } from './report-schema.ts';
import { kioskSettingsSchema } from './settings-schema.ts';
import { reportSheetRequestSchema, reportSheetViewSchema } from './report-sheet-schema.ts';
import {
  newPinAnswerSchema,
  pinSchema,
  recoveryCodeSchema,
  staffSessionSchema,
  staffSetupCodeSchema,
  staffStatusSchema,
} from './staff.ts';

export { CALL_NAMES, IPC_CHANNEL_PREFIX, ipcChannel, type CallName } from './calls.ts';
// Who may make each call (visitor or staff) is declared beside the calls, in call-access.ts.
export { CALL_ACCESS, STAFF_REQUESTS, staffCalls, type CallAccess } from './call-access.ts';

const noArguments = z.object({}).strict();
const visitIdSchema = z.uuid();
/** A time to the hour, as the visit log keeps it ("2026-12-05T21"): never minutes. */
const hourSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/);

/** One fact staff should check on a real phone: an unconfirmed step, facilitator note or hotline. Text is the English. */
export const reviewItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('step'),
    tutorialId: contentIdSchema,
    variantId: contentIdSchema,
    stepId: contentIdSchema,
    text: z.string(),
  }),
  z.object({ kind: z.literal('hotline'), hotlineId: contentIdSchema, region: regionSchema, text: z.string() }),
  /** A facilitator note; `stepId` absent for a note about the whole guide. */
  z.object({
    kind: z.literal('note'),
    tutorialId: contentIdSchema,
    stepId: contentIdSchema.optional(),
    text: z.string(),
  }),
]);
export type ReviewItem = z.infer<typeof reviewItemSchema>;

/**
 * A guide as staff pick it: in English, with every variant (phone and version) it has, so a volunteer
 * can open the one the visitor's phone needs without going through the visitor's questions.
 */
export const guideSchema = z.object({
  id: contentIdSchema,
  topic: topicSchema,
  title: z.string(),
  variants: z
    .array(
      z.object({
        id: contentIdSchema,
        label: z.string(),
        platform: z.enum(PLATFORMS),
        device: z.enum(DEVICES).optional(),
        versionFrom: z.string().optional(),
        versionTo: z.string().optional(),
      }),
    )
    .min(1),
});
export type Guide = z.infer<typeof guideSchema>;

/** How a damaged database file was found at start (see the core's backup/database-check.ts). */
export const databaseProblemSchema = z.enum(['empty', 'not_sqlite', 'failed_check']);

/**
 * What start-up did about a damaged database, for staff. `restored_backup`: the damaged file was moved
 * aside and the newest good backup put in its place. `started_fresh`: there was no good backup, so the
 * kiosk began with an empty database and its history is lost. Files are named inside the data folder.
 */
export const recoverySchema = z.object({
  lastStart: z.discriminatedUnion('action', [
    z.object({ action: z.literal('none') }),
    z.object({
      action: z.literal('restored_backup'),
      problem: databaseProblemSchema,
      day: z.string(),
      damagedFile: z.string(),
      backupFile: z.string(),
      backupDay: z.string(),
      message: z.string(),
    }),
    z.object({
      action: z.literal('started_fresh'),
      problem: databaseProblemSchema,
      day: z.string(),
      damagedFile: z.string(),
      message: z.string(),
    }),
  ]),
  /** Damaged files still in the data folder, from this start or an earlier one, until staff remove them. */
  damagedFilesKept: z.array(z.string()),
});
export type Recovery = z.infer<typeof recoverySchema>;
export type RecoveryAtStart = Recovery['lastStart'];

/** The rotating backups in the data folder's backups/ folder. */
export const backupHealthSchema = z.object({
  count: z.int(),
  newestDay: z.string().optional(),
  /** The last backup attempt failed (usually a full disk); the kiosk keeps running and tries again. */
  failing: z.boolean(),
});

/**
 * The printer on the health page (staff-news): as the last job or the core's check found it
 * (PRINTER_STATES), `unknown` before either, `browser` in the browser shell, whose page prints through
 * the browser's own print and has no printer of the kiosk's to know about.
 */
export const PRINTER_HEALTH = [...PRINTER_STATES, 'unknown', 'browser'] as const;
export const printerHealthSchema = z.enum(PRINTER_HEALTH);
export type PrinterHealth = z.infer<typeof printerHealthSchema>;

/**
 * The contract between the renderer and the core: every call, its request and its response.
 * Both shells carry exactly these calls; the core parses every request with these schemas.
 * `satisfies` ties it to CALL_NAMES (calls.ts): a call missing from either list fails the type-check.
 * Who may make each call is CALL_ACCESS (call-access.ts): staff calls need a staff session token.
 */
export const kioskApi = {
  listLocales: {
    request: noArguments,
    response: z.object({ locales: z.array(localeInfoSchema).min(1), defaultLocale: localeSchema }),
  },
  getSettings: {
    request: noArguments,
    response: kioskSettingsSchema,
  },
  startVisit: {
    /**
     * Starts a visit and ends any staff session of this window or page (the visitor reset), unless it
     * is `assisted`: a walkthrough staff start beside the visitor, which needs a staff token and keeps
     * staff mode open. The visit log records assisted yes or no, and nothing about staff.
     */
    request: z.object({ locale: localeSchema.optional(), assisted: z.boolean().default(false) }).strict(),
    response: z.object({ visitId: visitIdSchema }),
  },
  listTutorials: {
    request: z.object({ locale: localeSchema }).strict(),
    response: z.object({ locale: localeSchema, tutorials: z.array(tutorialSummarySchema) }),
  },
  getQuestions: {
    request: z.object({ locale: localeSchema }).strict(),
    response: z.object({
      locale: localeSchema,
      questions: z.array(questionViewSchema),
      /** Under a plan item no answer brought ("everyone should know this"); absent in content older than it. */
      baselineBecause: z.string().optional(),
    }),
  },
  makePlan: {
    /** Ranks 3 to 5 tutorials from the answers; with a visitId, the answer ids are logged. */
    request: z.object({ locale: localeSchema, answers: answersSchema, visitId: visitIdSchema.optional() }).strict(),
    response: planSchema,
  },
  searchTutorials: {
    // The query is free text: it is answered and forgotten, never logged (not even as an event).
    // Control characters (a NUL from a scanner or a paste) are no search anyone means: refused here as a bad
    // request, with the field named, rather than matched.
    request: z
      .object({
        locale: localeSchema,
        query: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
      })
      .strict(),
    response: z.object({ locale: localeSchema, results: z.array(tutorialSummarySchema) }),
  },
  getSafetyAdvice: {
    /** Red flags, "calling me now" advice, scam scripts, and the hotlines of the centre's region. */
    request: z.object({ locale: localeSchema }).strict(),
    response: safetyAdviceViewSchema,
  },
  getReviewList: {
    /** Unconfirmed facts for staff to check on a real phone. Staff only. */
    request: noArguments,
    response: z.object({ items: z.array(reviewItemSchema) }),
  },
  reportVoices: {
    /** The renderer tells the core which enabled languages have a read-aloud voice on this machine. */
    request: z.object({ locales: z.array(localeSchema).max(8) }).strict(),
    response: z.object({ recorded: z.literal(true) }),
  },
  getHealth: {
    /** For staff: what this kiosk can do right now. Staff only. */
    request: noArguments,
    response: z.object({
      voices: z.object({ reported: z.boolean(), available: z.array(localeSchema), missing: z.array(localeSchema) }),
      content: z.object({
        tutorials: z.int(),
        unconfirmed: z.int(),
        /** The compiled content's key (content-key.ts), first 12 hex digits; absent before any import. */
        version: z.string().optional(),
        /** The newest `lastVerified` of the guides: the latest day the content's facts were checked. */
        verified: z.string().optional(),
      }),
      /** Faults the page reported since this start (reportFault). */
      faults: faultCountsSchema,
      /**
       * The anonymous visit log: events that could not be written wait in memory (pending) and are
       * tried again; dropped ones are lost. Counts since the kiosk started; the time only to the hour.
       */
      visitLog: z.object({
        ok: z.boolean(),
        pending: z.int().nonnegative(),
        dropped: z.int().nonnegative(),
        failures: z.int().nonnegative(),
        failingSince: hourSchema.optional(),
        lastError: z
          .string()
          .regex(/^[A-Z0-9_]{1,64}$/)
          .optional(),
      }),
      recovery: recoverySchema,
      backups: backupHealthSchema,
      /** Checklist-code look-ups refused since start because too many unknown codes were tried. */
      resumeCodes: z.object({ throttled: z.int().min(0) }),
      /** The printer, as the kiosk knows it now; news `printerStatus` tells of each change after. */
      printer: printerHealthSchema,
      // staff-health2: database integrity, free disk, clock, versions, enabled languages (for the fonts row).
      /** `PRAGMA quick_check`, run for this answer: ok, or the first problem line. */
      database: z.object({ ok: z.boolean(), problem: z.string().max(200).optional() }),
      /** Free space on the data folder's disk; `low` under 500 MB (or when the disk could not be asked). */
      disk: z.object({ freeBytes: z.number().nonnegative().optional(), low: z.boolean() }),
      /** Behind when the visit log or the content holds a time later than now (`later`: that hour or day). */
      clock: z.object({ ok: z.boolean(), behind: z.enum(['log', 'content']).optional(), later: z.string().optional() }),
      /** Electron's and Chromium's only in Electron; in the browser shell the page shows its own browser's. */
      versions: z.object({
        app: z.string(),
        node: z.string(),
        electron: z.string().optional(),
        chrome: z.string().optional(),
      }),
      /** The enabled languages: the page checks each one's bundled font itself. */
      locales: z.array(localeSchema),
    }),
  },
  reportFault: {
    /** The page broke (a screen threw, an error went uncaught): the core counts it for staff and logs one line. */
    request: faultReportSchema,
    response: z.object({ recorded: z.literal(true) }),
  },
  openTutorial: {
    request: z
      .object({
        tutorialId: contentIdSchema,
        locale: localeSchema,
        /** The variant the visitor's phone needs; the first (newest) one when omitted. */
        variant: contentIdSchema.optional(),
        visitId: visitIdSchema.optional(),
      })
      .strict(),
    response: z.object({ tutorial: tutorialViewSchema, variant: variantViewSchema }),
  },
  saveChecklist: {
    /**
     * Saves the visitor's plan under a new resume code, for the checklist and a later visit. Content ids only.
     * With a visitId the core logs checklist_shown (in `locale`); the visit id is never stored with the plan.
     */
    request: savedPlanSchema.extend({ visitId: visitIdSchema.optional(), locale: localeSchema.optional() }).strict(),
    response: z.object({ code: resumeCodeSchema }),
  },
  openChecklist: {
    /** Staff (or the visitor) enter a printed code to reopen the same plan; with a visitId the core logs checklist_resumed (never the code). */
    request: z.object({ code: resumeCodeSchema, visitId: visitIdSchema.optional() }).strict(),
    response: savedPlanSchema,
  },
  composeSheet: {
    /** The printed sheet, composed by the core: a personal checklist by code, or a handout by topic. */
    request: z.object({ sheet: sheetRequestSchema }).strict(),
    response: checklistViewSchema,
  },
  printSheet: {
    /**
     * Prints on the kiosk's printer (Electron); the browser shell answers "browser" and the page prints itself.
     * With a visitId the core logs the printer's answer: checklist_printed, print_failed or print_sent_to_browser.
     */
    request: z
      .object({
        sheet: sheetRequestSchema,
        copies: z.int().min(1).max(5).default(1),
        visitId: visitIdSchema.optional(),
      })
      .strict(),
    response: printResultSchema,
  },
  recordEvent: {
    request: z
      .object({
        visitId: visitIdSchema,
        kind: eventKindSchema,
        tutorialId: contentIdSchema.optional(),
        locale: localeSchema.optional(),
        stepIndex: z.int().min(0).max(50).optional(),
        rehearsalId: contentIdSchema.optional(),
        /** The red flags met in a finished practice call, as a set: the log keeps them sorted, not in the order met. */
        redFlags: z.array(contentIdSchema).max(8).optional(),
      })
      .strict(),
    response: z.object({ recorded: z.literal(true) }),
  },
  getStaffStatus: {
    /** For the PIN pad: is a PIN set, is the pad locked and for how long, is this caller signed in. */
    request: noArguments,
    response: staffStatusSchema,
  },
  staffSignIn: {
    /**
     * A right PIN opens a staff session for this window or page. A wrong one answers `wrong_pin` with
     * `triesLeft`; the fifth wrong one in a row, and any try while locked, answers `too_many_attempts`
     * with `retryAfterSeconds`.
     */
    request: z.object({ pin: pinSchema }).strict(),
    response: z.object({ session: staffSessionSchema }),
  },
  staffRecover: {
    /**
     * The recovery code sets a new PIN, opens a session and gives a new recovery code (the old one is
     * spent). Wrong codes count against the same lock as wrong PINs.
     */
    request: z.object({ recoveryCode: recoveryCodeSchema, newPin: pinSchema }).strict(),
    response: newPinAnswerSchema,
  },
  staffSignOut: {
    /** Ends this window's or page's staff session, if it has one. */
    request: noArguments,
    response: z.object({ signedOut: z.literal(true) }),
  },
  setupKiosk: {
    /**
     * First-run setup: the centre's settings and the staff PIN. Only while no kiosk.json provisioned
     * the kiosk and no PIN is set (`forbidden` after). The settings are stored and outlive a restart;
     * the answer opens a staff session and carries the recovery code, shown this once.
     */
    request: z.object({ settings: kioskSettingsSchema, pin: pinSchema }).strict(),
    response: newPinAnswerSchema,
  },
  setStaffPin: {
    /**
     * The first PIN of a kiosk that kiosk.json provisioned (it has no first-run setup). Only while no
     * PIN is set and setup is not available (`forbidden` otherwise); answers like setupKiosk. When
     * kiosk.json carries a `staffSetupCode`, the request must too (`forbidden` without it); a wrong one
     * counts against the same lock as a wrong PIN (`wrong_pin`, `too_many_attempts`). The code is spent
     * by the PIN it let through.
     */
    request: z.object({ pin: pinSchema, setupCode: staffSetupCodeSchema.optional() }).strict(),
    response: newPinAnswerSchema,
  },
  // ---- Staff tools ----
  listGuides: {
    /** Every guide, in the visitor list's order, with all its variants, in English. Staff only. */
    request: noArguments,
    response: z.object({ guides: z.array(guideSchema) }),
  },
  // staff-pin: changing the PIN and leaving the kiosk.
  changeStaffPin: {
    /**
     * A new PIN for staff, given the current one: a wrong current PIN counts against the lock
     * (`wrong_pin`, `too_many_attempts`). The recovery code stays as it was. Staff only.
     */
    request: z.object({ currentPin: pinSchema, newPin: pinSchema }).strict(),
    response: z.object({ changed: z.literal(true) }),
  },
  exitKiosk: {
    /**
     * Ends the kiosk program for maintenance (Electron; the browser shell answers `not_supported`). The
     * answer comes first, then the program quits. Staff only.
     */
    request: noArguments,
    response: z.object({ exiting: z.literal(true) }),
  },
  // First-run setup (staff-setup).
  listPrinters: {
    /**
     * The printers setup offers: the system's queues (Electron), or `browser` (the browser shell, where
     * the browser's own print dialog chooses). Only while setup is available or to a staff session
     * (`forbidden` otherwise).
     */
    request: noArguments,
    response: printerListSchema,
  },
  // Reports (issue 16).
  getVisitReport: {
    /**
     * The visit numbers of a range (both ends included, at most two years), from the daily rollup, exact:
     * the screen is behind the PIN. Guide titles in `locale`. Staff only.
     */
    request: visitReportRequestSchema,
    response: visitReportSchema,
  },
  exportVisitReport: {
    /**
     * The same numbers as CSV and JSON, small counts suppressed (the `reports.suppressBelow` setting), each
     * carrying the kiosk's label. Electron asks staff for a folder; the browser shell answers the files
     * for the page to download. A folder that cannot be written is an error that says why. Staff only.
     */
    request: visitReportRequestSchema,
    response: exportAnswerSchema,
  },
  // report-print
  composeReportSheet: {
    /**
     * The monthly report as paper prints it (the month's getVisitReport, small counts suppressed): for the
     * staff screen's preview with a staff session, or for the print page with the one-time print ticket
     * printSheet put in its address. Without either: refused before anything is read.
     */
    request: reportSheetRequestSchema,
    response: reportSheetViewSchema,
  },
  // Content packs (issue 19). Staff only; a refused pack, rollback or key is an answer (`refused`, a reason
  // and a sentence), not an error: staff read why, and the kiosk serves what it served.
  getContentPacks: {
    /** What the kiosk serves (the app's own content or a pack), what "Go back" returns to, the trusted keys. */
    request: noArguments,
    response: contentPackStatusSchema,
  },
  openContentPack: {
    /**
     * Proves a pack (signature, every hash, paths, sizes, app version) and runs every content:check rule on it,
     * then says what it would change. Electron asks for the file with a dialog (`cancelled` when closed); the
     * browser shell sends it as `upload`. Nothing served changes.
     */
    request: openContentPackRequestSchema,
    response: openContentPackAnswerSchema,
  },
  applyContentPack: {
    /**
     * Applies the pack the ticket names: backup, then one transaction. An older or the same revision is refused
     * (`older`) unless `allowOlder`. A full disk is refused (`disk_full`) with the old content kept.
     */
    request: applyContentPackRequestSchema,
    response: appliedAnswerSchema,
  },
  rollBackContent: {
    /** Goes back to the content served before the last change; a second call undoes the first. */
    request: noArguments,
    response: appliedAnswerSchema,
  },
  addContentPackKey: {
    /** Shows a public key's fingerprint (`confirm: false`), then trusts it (`confirm: true`). */
    request: addContentPackKeyRequestSchema,
    response: addContentPackKeyAnswerSchema,
  },
} as const satisfies Record<CallName, { request: z.ZodType; response: z.ZodType }>;

export type KioskCalls = typeof kioskApi;

export type CallRequest<K extends CallName> = z.input<KioskCalls[K]['request']>;
export type ParsedRequest<K extends CallName> = z.output<KioskCalls[K]['request']>;
export type CallResponse<K extends CallName> = z.output<KioskCalls[K]['response']>;

/** What the renderer sees: one async method per call. */
export type KioskApi = { [K in CallName]: (request: CallRequest<K>) => Promise<CallResponse<K>> };

/**
 * Who made a call, as the core's dispatch tells a handler: the window or page (never its token), and
 * whether it holds a valid staff session. `caller` is undefined when a shell could not say (a request
 * without the browser shell's page header): such a caller can never be staff.
 */
export interface CallerInfo {
  readonly caller: string | undefined;
  readonly staff: boolean;
}

/** What the core implements: one handler per call, given an already-validated request. */
export type KioskHandlers = {
  [K in CallName]: (request: ParsedRequest<K>, from: CallerInfo) => CallResponse<K> | Promise<CallResponse<K>>;
};

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(kioskApi, name);
}

/** How every answer crosses a process boundary: IPC cannot carry typed errors, so both shells use this. */
export const resultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: kioskErrorPayloadSchema }),
]);
export type ResultEnvelope = z.infer<typeof resultEnvelopeSchema>;
