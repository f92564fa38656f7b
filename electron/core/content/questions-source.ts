import { z } from 'zod';
import { contentIdSchema, DEVICES, isoDateSchema, PLATFORMS } from '../../../shared/content-schema.ts';
import { ICONS } from '../../../shared/questions-schema.ts';
import { regionSchema } from '../../../shared/regions.ts';
import { localizedTextSchema } from './source-text.ts';

// ---- Source: content/questions.yaml (the page gets QuestionView and Plan, shared/) ----

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
