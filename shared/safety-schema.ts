import { z } from 'zod';
import { contentIdSchema } from './content-schema.ts';
import { localeSchema } from './locales.ts';
import { regionSchema } from './regions.ts';
import { rehearsalViewSchema } from './rehearsal-schema.ts';

/** How a hotline can be reached: the source names it, the page draws it. */
export const HOTLINE_KINDS = ['phone', 'sms', 'web', 'app', 'whatsapp'] as const;

// ---- What the API serves, in one language ----

export const hotlineViewSchema = z.object({
  id: contentIdSchema,
  kind: z.enum(HOTLINE_KINDS),
  contact: z.string(),
  name: z.string(),
  purpose: z.string(),
  emergency: z.boolean(),
  verified: z.boolean(),
});
export type HotlineView = z.infer<typeof hotlineViewSchema>;

const adviceViewSchema = z.object({ id: contentIdSchema, text: z.string() });

export const safetyAdviceViewSchema = z.object({
  locale: localeSchema,
  region: regionSchema,
  hotlines: z.array(hotlineViewSchema),
  redFlags: z.array(adviceViewSchema),
  scamNow: z.object({ title: z.string(), steps: z.array(adviceViewSchema) }),
  afterScam: z.object({
    title: z.string(),
    steps: z.array(adviceViewSchema.extend({ buys: z.string() })),
    hotlines: z.array(hotlineViewSchema),
  }),
  scamScripts: z.array(
    z.object({
      id: contentIdSchema,
      title: z.string(),
      story: z.string(),
      advice: z.string(),
      redFlags: z.array(contentIdSchema),
    }),
  ),
  /** The practice scam calls for the centre's region (issue 20). */
  rehearsals: z.array(rehearsalViewSchema),
});
export type SafetyAdviceView = z.infer<typeof safetyAdviceViewSchema>;
