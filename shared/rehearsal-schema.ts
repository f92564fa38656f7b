import { z } from 'zod';
import { contentIdSchema } from './content-schema.ts';

/**
 * "Practise a scam call" (issue 20): a safe rehearsal of a fake video call, as content. The core serves
 * each call in the visitor's language for the centre's region, inside the safety advice; the page plays it.
 */

/** The apps whose incoming video call the rehearsal draws: their layout and colours, their name in text. */
export const REHEARSAL_APPS = ['facetime', 'whatsapp', 'wechat'] as const;
export type RehearsalApp = (typeof REHEARSAL_APPS)[number];

/** Who the caller pretends to be: decides the drawn figure on the call (a plain shape, never a photo). */
export const CALLER_KINDS = ['police', 'bank', 'family', 'stranger'] as const;

/** `hung-up`: the visitor got away in time. `scammed`: what would have happened, told kindly. */
export const ENDING_KINDS = ['hung-up', 'scammed'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

export const rehearsalChoiceViewSchema = z.object({
  id: contentIdSchema,
  label: z.string(),
  safe: z.boolean(),
  feedback: z.string(),
  /** A decision's id or an ending's id. */
  next: contentIdSchema,
});
export type RehearsalChoiceView = z.infer<typeof rehearsalChoiceViewSchema>;

export const rehearsalDecisionViewSchema = z.object({
  id: contentIdSchema,
  /** The caller's line; null on the incoming call itself. */
  says: z.string().nullable(),
  redFlag: contentIdSchema,
  choices: z.array(rehearsalChoiceViewSchema).min(2),
});
export type RehearsalDecisionView = z.infer<typeof rehearsalDecisionViewSchema>;

export const rehearsalViewSchema = z.object({
  id: contentIdSchema,
  script: contentIdSchema,
  app: z.enum(REHEARSAL_APPS),
  callerKind: z.enum(CALLER_KINDS),
  caller: z.string(),
  title: z.string(),
  checklistLine: z.string(),
  /** The first is the incoming call. */
  decisions: z.array(rehearsalDecisionViewSchema).min(1),
  endings: z.array(z.object({ id: contentIdSchema, kind: z.enum(ENDING_KINDS), text: z.string() })).min(1),
});
export type RehearsalView = z.infer<typeof rehearsalViewSchema>;
