import { z } from 'zod';
import { contentIdSchema, isoDateSchema, localizedTextSchema, PLATFORMS, DEVICES } from './content-schema.ts';
import { localeSchema } from './locales.ts';
import { regionSchema } from './regions.ts';

/** Pictures the kiosk can draw beside an answer: drawn in-app, no brand logos. */
export const ICONS = ['iphone', 'android', 'question', 'chat', 'video', 'screen-share', 'yes', 'no', 'none'] as const;

/**
 * The few questions before the plan, and how each answer weighs the tutorials: a points model kept
 * in content (content/questions.yaml), so the centre's content team can tune it without code.
 */
export const optionSourceSchema = z
  .object({
    /** Unique across all questions: the visit log records it as the answer. */
    id: contentIdSchema,
    icon: z.enum(ICONS),
    label: localizedTextSchema,
    /** Points added to each named tutorial when this answer is chosen. */
    weights: z.record(contentIdSchema, z.int().min(-100).max(100)).default({}),
    /** For the phone question: which tutorials fit (platform) and which variant to open (device). */
    platform: z.enum(PLATFORMS).optional(),
    device: z.enum(DEVICES).optional(),
    /**
     * "Because you said …": the line under a plan item this answer brought. content:check requires it
     * wherever the answer can be the reason (it has weights, or a rule's points are counted as its).
     */
    because: localizedTextSchema.optional(),
    /** Offered only after a phone answer of these platforms (FaceTime runs only on Apple's phones). */
    platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
    /** In a multiple-answer question: chosen alone ("None of these"); the core refuses it with others. */
    exclusive: z.literal(true).optional(),
    /** The plan holds at least one tutorial this answer weighs up, when it has room (a chosen app). */
    ensureGuide: z.literal(true).optional(),
    /**
     * On the phone question's "Not sure": the kiosk first shows a "let's find out" screen (the back of
     * an iPhone and of an Android phone); its two buttons give these answers of the same question.
     */
    findOut: z.object({ ios: contentIdSchema, android: contentIdSchema }).strict().optional(),
  })
  .strict();

export const questionSourceSchema = z
  .object({
    id: contentIdSchema,
    /** single: exactly one answer; multiple: one or more. */
    kind: z.enum(['single', 'multiple']),
    title: localizedTextSchema,
    help: localizedTextSchema.optional(),
    options: z.array(optionSourceSchema).min(2).max(6),
  })
  .strict();

/**
 * Points that depend on a combination rather than on one answer: several answers together, the
 * phone's platform, the centre's region. A rule applies when every condition it names holds.
 */
export const planRuleSourceSchema = z
  .object({
    when: z
      .object({
        /** The platform the phone answer settled ("Not sure" settles none, so matches no platform). */
        platform: z.enum(PLATFORMS).optional(),
        /** Answer ids that must all have been chosen. */
        answers: z.array(contentIdSchema).min(1).optional(),
        /** The kiosk's region is one of these (exactly: US-NYC is not US). */
        regions: z.array(regionSchema).min(1).optional(),
      })
      .strict()
      .refine((w) => w.platform !== undefined || w.answers !== undefined || w.regions !== undefined, 'name at least one condition (platform, answers or regions); points for everyone belong in baseline'),
    /** Points added to each named tutorial when the rule applies. */
    weights: z.record(contentIdSchema, z.int().min(-100).max(100)),
  })
  .strict();
export type PlanRule = z.output<typeof planRuleSourceSchema>;

export const questionsFileSchema = z
  .object({
    lastVerified: isoDateSchema,
    /** Points every tutorial starts with, so a plan is never empty. */
    baseline: z.record(contentIdSchema, z.int().min(0).max(100)),
    /** The line under a plan item no answer brought ("everyone should know this"). */
    baselineBecause: localizedTextSchema,
    questions: z.array(questionSourceSchema).min(3).max(5),
    /** Optional: content compiled before rules existed has none. */
    rules: z.array(planRuleSourceSchema).optional(),
  })
  .strict();
export type QuestionsFile = z.output<typeof questionsFileSchema>;

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
