import { z } from 'zod';
import { localeSchema } from './locales.ts';
import { phoneLabelIdSchema, phoneWordViewSchema, screenViewSchema } from './phone-picture.ts';

/** Ids of content are the only content references the log and the API carry: short, lowercase, no free text. */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
  .max(64);

export const TOPICS = ['iphone', 'whatsapp', 'wechat', 'android', 'general'] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

export const PLATFORMS = ['ios', 'android', 'any'] as const;
export const DEVICES = ['iphone', 'pixel', 'samsung', 'android-other'] as const;
/** The app or part of the phone a tutorial changes: lets a plan match a visitor's answers. */
export const APPS = [
  'facetime',
  'phone',
  'messages',
  'settings',
  'apple-account',
  'whatsapp',
  'wechat',
  'wechat-pay',
  'google-phone',
  'samsung-phone',
  'google-account',
  'meeting-apps',
  'any',
] as const;

export const sourceRefSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    publisher: z.string().trim().min(1),
    confirmation: z.enum(['official', 'third-party', 'unconfirmed']),
  })
  .strict();

export const isoDateSchema = z.iso.date();

// ---- What the API serves: one tutorial in one language ----

/**
 * What a facilitator note is about: what commonly goes wrong at this step, where the setting hides on
 * other phones or versions, or what to check on the visitor's phone. Staff see them in an assisted visit.
 */
export const FACILITATOR_NOTE_KINDS = ['goes-wrong', 'elsewhere', 'check'] as const;
export const facilitatorNoteKindSchema = z.enum(FACILITATOR_NOTE_KINDS);

/**
 * A note for the volunteer beside the visitor, in the visitor's language and in English: the volunteer
 * may not read the visitor's language, and the visitor may not read English.
 */
export const facilitatorNoteViewSchema = z.object({
  kind: facilitatorNoteKindSchema,
  /** In the requested language; in English (and `locale` says so) where the note is not translated into it. */
  text: z.string(),
  locale: localeSchema,
  /** The same note in English, always. */
  en: z.string(),
  /** false where the note rests on an unconfirmed fact: staff should say "check on the phone". */
  verified: z.boolean(),
});
export type FacilitatorNoteView = z.infer<typeof facilitatorNoteViewSchema>;

export const stepViewSchema = z.object({
  id: contentIdSchema,
  /** Text, tip and check may name the phone's words as `{{id}}` (the tutorial's `words`): shown by shared/phone-words.ts. */
  text: z.string(),
  tip: z.string().optional(),
  check: z.string().optional(),
  verified: z.boolean(),
  /** The drawn phone picture (shared/phone-picture.ts); absent only where content gives a reviewed reason. */
  screen: screenViewSchema.optional(),
  /** Another guide this step names, with its title in the visitor's language. */
  opens: z.object({ tutorialId: contentIdSchema, title: z.string() }).optional(),
  /** Notes for a volunteer helping at this step (assisted visits); absent where the step has none. */
  facilitator: z.array(facilitatorNoteViewSchema).optional(),
});
export type StepView = z.infer<typeof stepViewSchema>;

export const variantViewSchema = z.object({
  id: contentIdSchema,
  label: z.string(),
  platform: z.enum(PLATFORMS),
  device: z.enum(DEVICES).optional(),
  versionFrom: z.string().optional(),
  versionTo: z.string().optional(),
  steps: z.array(stepViewSchema),
});
export type VariantView = z.infer<typeof variantViewSchema>;

export const tutorialSummarySchema = z.object({
  id: contentIdSchema,
  topic: topicSchema,
  title: z.string(),
  summary: z.string(),
  minutes: z.int(),
  /** The language the text is actually in: differs from the request when it fell back to English. */
  locale: localeSchema,
  /** false when any step rests on an unconfirmed fact. */
  verified: z.boolean(),
  /** What is true once it is done, as the checklist says it ("FaceTime is off"): for "what you changed today". */
  done: z.string(),
});
export type TutorialSummary = z.infer<typeof tutorialSummarySchema>;

export const tutorialViewSchema = tutorialSummarySchema.extend({
  why: z.string(),
  appliesTo: z.object({ platform: z.enum(PLATFORMS), apps: z.array(z.enum(APPS)) }),
  scamScripts: z.array(contentIdSchema),
  checklist: z.object({ item: z.string(), path: z.string() }),
  versionHint: z.string().optional(),
  /** Started when the visitor does not know their version (a tutorial source's `commonVariant`, else its first variant). */
  commonVariant: contentIdSchema,
  /** Where the visitor's phone shows its version, for the "I don't know" start; absent where variants differ by platform. */
  versionCheck: z.string().optional(),
  lastVerified: isoDateSchema,
  /** Notes for a volunteer about the whole guide rather than one step; absent where there are none. */
  facilitator: z.array(facilitatorNoteViewSchema).optional(),
  variants: z.array(variantViewSchema),
  sources: z.array(sourceRefSchema),
  /** Every phone word its pictures and texts name, by id: the phone's word per phone language and the meaning in this one. */
  words: z.record(phoneLabelIdSchema, phoneWordViewSchema),
});
export type TutorialView = z.infer<typeof tutorialViewSchema>;
