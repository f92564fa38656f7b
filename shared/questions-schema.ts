import { z } from 'zod';
import { contentIdSchema, PLATFORMS } from './content-schema.ts';
import { localeSchema } from './locales.ts';

/** Pictures the kiosk can draw beside an answer: drawn in-app, no brand logos. */
export const ICONS = ['iphone', 'android', 'question', 'chat', 'video', 'screen-share', 'yes', 'no', 'none'] as const;

export const questionViewSchema = z.object({
  id: contentIdSchema,
  kind: z.enum(['single', 'multiple']),
  title: z.string(),
  help: z.string().optional(),
  options: z.array(
    z.object({
      id: contentIdSchema,
      icon: z.enum(ICONS),
      label: z.string(),
      /** "Because you said …", in the visitor's language: shown under the plan items it brought. */
      because: z.string().optional(),
      /** A phone answer's platform: the renderer hides answers not offered for it (`platforms`). */
      platform: z.enum(PLATFORMS).optional(),
      platforms: z.array(z.enum(PLATFORMS)).optional(),
      exclusive: z.boolean().optional(),
      findOut: z.object({ ios: contentIdSchema, android: contentIdSchema }).optional(),
    }),
  ),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

/** Answers as the renderer sends them: question id -> chosen option ids. */
export const answersSchema = z.record(contentIdSchema, z.array(contentIdSchema).min(1).max(6));
export type Answers = z.infer<typeof answersSchema>;

/** Why a plan item is there: the answer that gave it the most points, or the baseline (no answer did). */
export const BASELINE_REASON = 'baseline';
export const planReasonSchema = z.union([z.literal(BASELINE_REASON), contentIdSchema]);
export type PlanReason = z.infer<typeof planReasonSchema>;

export const planSchema = z.object({
  locale: localeSchema,
  /** 3 to 5 tutorials, the first is "do this first". */
  actions: z.array(
    z.object({
      tutorialId: contentIdSchema,
      /** The variant that fits the visitor's phone, when the answers settle it. */
      variantId: contentIdSchema.optional(),
      /** An answer id the visitor gave, or "baseline"; the text comes with the questions (getQuestions). */
      reason: planReasonSchema,
    }),
  ),
  platform: z.enum(PLATFORMS),
});
export type Plan = z.infer<typeof planSchema>;
