import { z } from 'zod';

/**
 * Content packs (issue 19) as the staff screen sees them: what the kiosk serves, a pack staff picked, what it
 * would change, and why one was refused. The pack itself is read and proven in the core
 * (electron/core/content-pack/); nothing here trusts the page.
 */

/** The biggest pack file a kiosk reads (PACK_LIMITS.packBytes in the core), and its base64 length in an upload. */
export const PACK_MAX_BYTES = 32 * 1024 * 1024;
export const PACK_UPLOAD_MAX_CHARS = Math.ceil(PACK_MAX_BYTES / 3) * 4;

/** Every reason a pack, a rollback or a key is refused: a code for the screen and tests, beside a sentence. */
export const PACK_REFUSALS = [
  // The file itself (pack-read.ts).
  'too_large',
  'corrupt',
  'unsafe_path',
  'not_a_pack',
  'unknown_key',
  'bad_signature',
  'bad_manifest',
  'tampered',
  'missing_file',
  'unexpected_file',
  'app_too_old',
  // Its content, as content:check judges it.
  'content_invalid',
  'missing_locale',
  // Applying it.
  'older',
  'ticket_expired',
  'nothing_to_roll_back',
  'previous_damaged',
  'disk_full',
  'backup_failed',
  'busy',
  // Adding a key.
  'not_a_key',
] as const;
export const packRefusalSchema = z.enum(PACK_REFUSALS);
export type PackRefusalCode = z.infer<typeof packRefusalSchema>;

const refusedSchema = z.object({ outcome: z.literal('refused'), reason: packRefusalSchema, message: z.string() });

const namedTutorialSchema = z.object({ id: z.string(), title: z.string() });
export const contentPackChangesSchema = z.object({
  added: z.array(namedTutorialSchema),
  changed: z.array(namedTutorialSchema),
  removed: z.array(namedTutorialSchema),
  /** Other content files that differ (hotlines.yaml, red-flags.yaml...). */
  otherFiles: z.array(z.string()),
  localesAdded: z.array(z.string()),
  localesRemoved: z.array(z.string()),
});
export type ContentPackChanges = z.infer<typeof contentPackChangesSchema>;

/** Where served content came from: the app's own, or a pack (its id, day made, and signer as staff read it). */
export const contentSourceViewSchema = z.object({
  kind: z.enum(['app', 'pack']),
  revision: z.int().min(0),
  packId: z.string().optional(),
  createdDay: z.string().optional(),
  signedBy: z.string().optional(),
});
export type ContentSourceView = z.infer<typeof contentSourceViewSchema>;

export const trustedKeyViewSchema = z.object({
  /** Grouped in fours, as staff compare it on paper. */
  fingerprint: z.string(),
  /** Shipped inside the app, or added by staff on this kiosk. */
  from: z.enum(['app', 'staff']),
  addedDay: z.string().optional(),
});

export const contentPackStatusSchema = z.object({
  current: contentSourceViewSchema,
  /** What "Go back" returns to. */
  previous: contentSourceViewSchema.optional(),
  /** How staff pick a pack file here: Electron's file dialog, or the browser's upload. */
  pickFile: z.enum(['dialog', 'upload']),
  trustedKeys: z.array(trustedKeyViewSchema),
});
export type ContentPackStatus = z.infer<typeof contentPackStatusSchema>;

export const openContentPackRequestSchema = z
  .object({
    /** The browser shell's upload; Electron asks with a dialog instead and sends none. */
    upload: z
      .object({ name: z.string().max(255), base64: z.base64().max(PACK_UPLOAD_MAX_CHARS) })
      .strict()
      .optional(),
  })
  .strict();

export const openContentPackAnswerSchema = z.discriminatedUnion('outcome', [
  /** Staff closed the file dialog. */
  z.object({ outcome: z.literal('cancelled') }),
  refusedSchema,
  z.object({
    outcome: z.literal('ready'),
    /** Names the proven pack the core holds for this caller until it is applied or replaced. */
    ticket: z.uuid(),
    pack: contentSourceViewSchema.extend({ minAppVersion: z.string() }),
    /** Against what the kiosk serves: an older or the same revision is applied only when staff confirm. */
    order: z.enum(['newer', 'same', 'older']),
    changes: contentPackChangesSchema,
  }),
]);
export type OpenContentPackAnswer = z.infer<typeof openContentPackAnswerSchema>;

export const applyContentPackRequestSchema = z
  .object({ ticket: z.uuid(), allowOlder: z.boolean().default(false) })
  .strict();

export const appliedAnswerSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('applied'), changes: contentPackChangesSchema, status: contentPackStatusSchema }),
  refusedSchema,
]);
export type AppliedAnswer = z.infer<typeof appliedAnswerSchema>;

export const addContentPackKeyRequestSchema = z
  .object({
    /** The base64 line npm run content:keygen printed. */
    publicKey: z.string().max(200),
    /** False: only show its fingerprint; true: trust it. */
    confirm: z.boolean().default(false),
  })
  .strict();

export const addContentPackKeyAnswerSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('checked'), fingerprint: z.string() }),
  z.object({ outcome: z.literal('added'), fingerprint: z.string(), status: contentPackStatusSchema }),
  refusedSchema,
]);
