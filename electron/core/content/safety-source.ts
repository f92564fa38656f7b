import { z } from 'zod';
import { contentIdSchema, isoDateSchema, sourceRefSchema } from '../../../shared/content-schema.ts';
import { REGIONS, regionSchema } from '../../../shared/regions.ts';
import { HOTLINE_KINDS } from '../../../shared/safety-schema.ts';
import { localizedTextSchema } from './source-text.ts';

// ---- Source: content/hotlines.yaml, red-flags.yaml, scam-now.yaml, after-scam.yaml, scam-scripts.yaml ----
// (the page gets SafetyAdviceView, shared/)

export const hotlineSourceSchema = z
  .object({
    id: contentIdSchema,
    kind: z.enum(HOTLINE_KINDS),
    /** Exactly as it is dialled, typed or searched for: "18222", "1-877-382-4357", "ReportFraud.ftc.gov". */
    contact: z.string().trim().min(1).max(60),
    name: localizedTextSchema,
    /** What the number is for, and what it is not for, in one or two short sentences. */
    purpose: localizedTextSchema,
    /** Emergency numbers are printed first and largest. */
    emergency: z.boolean().default(false),
    verified: z.boolean(),
    /** One page, or several where a line's facts rest on more than one (the number, then a later rule about it). */
    source: z.union([sourceRefSchema, z.array(sourceRefSchema).min(1)]),
  })
  .strict();

export const regionHotlinesSchema = z
  .object({
    /** A region can include another's lines: New York City also prints the national US ones. */
    inherits: regionSchema.optional(),
    hotlines: z.array(hotlineSourceSchema),
  })
  .strict();

export const hotlinesFileSchema = z
  .object({
    lastVerified: isoDateSchema,
    regions: z.object(Object.fromEntries(REGIONS.map((r) => [r, regionHotlinesSchema])) as Record<(typeof REGIONS)[number], typeof regionHotlinesSchema>).strict(),
  })
  .strict();
export type HotlinesFile = z.output<typeof hotlinesFileSchema>;

const adviceItemSchema = z.object({ id: contentIdSchema, text: localizedTextSchema }).strict();

export const redFlagsFileSchema = z
  .object({ lastVerified: isoDateSchema, sources: z.array(sourceRefSchema).min(1), redFlags: z.array(adviceItemSchema).min(3) })
  .strict();

/** "Someone is calling me right now": short orders, most important first. */
export const scamNowFileSchema = z
  .object({ lastVerified: isoDateSchema, sources: z.array(sourceRefSchema).min(1), title: localizedTextSchema, steps: z.array(adviceItemSchema).min(3).max(6) })
  .strict();

/** One thing to do after a scam, and what doing it now buys in time: speed is the reason to act at once. */
const afterScamStepSchema = z.object({ id: contentIdSchema, text: localizedTextSchema, buys: localizedTextSchema }).strict();

/** Hotline ids per region, in the order shown: the region's own lines or those it inherits (checked at load). */
const regionHotlineIdsSchema = z.array(contentIdSchema).max(4).optional();

/**
 * "I already paid, gave a code, or installed their app": what to do now, in order, and who to call.
 * A region without its own list of lines shows the list of the region it inherits, then `generic`'s.
 */
export const afterScamFileSchema = z
  .object({
    lastVerified: isoDateSchema,
    sources: z.array(sourceRefSchema).min(1),
    title: localizedTextSchema,
    steps: z.array(afterScamStepSchema).min(3).max(6),
    hotlines: z.object(Object.fromEntries(REGIONS.map((r) => [r, regionHotlineIdsSchema])) as Record<(typeof REGIONS)[number], typeof regionHotlineIdsSchema>).strict(),
  })
  .strict();

export const scamScriptSourceSchema = z
  .object({
    id: contentIdSchema,
    title: localizedTextSchema,
    /** How it goes, as a short story the visitor will recognise. */
    story: localizedTextSchema,
    /** What to do instead. */
    advice: localizedTextSchema,
    redFlags: z.array(contentIdSchema).min(1),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

export const scamScriptsFileSchema = z.object({ lastVerified: isoDateSchema, scripts: z.array(scamScriptSourceSchema).min(1) }).strict();
