import { z } from 'zod';
import { isoDateSchema, sourceRefSchema } from '../../../shared/content-schema.ts';
import { phoneIconSchema, phoneLabelIdSchema } from '../../../shared/phone-picture.ts';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { localizedTextSchema } from './source-text.ts';

// ---- Source: content/phone-labels/*.yaml, the dictionary of the phone's own words (issue 17) ----

/**
 * One word the phone shows: a menu row, a switch, a screen's title, a home-screen app's name.
 * `phone` is the word per phone language, `null` where no source confirms it (never invented: the page
 * then shows the meaning, marked as a translation, and points at the place). `meaning` is what the word
 * means in each reading language, the gloss beside a word in another language.
 */
const word = z.string().trim().min(1).nullable().optional();
/**
 * The word per phone language; every language present (the content check), null where not confirmed,
 * English too (WeChat's English menus are mostly unconfirmed). A word unconfirmed in every language
 * (a meeting app's Stop Share button) may still be drawn: the page shows its meaning, marked as a translation.
 */
const phoneWordsSchema = z.object(Object.fromEntries(LOCALES.map((l) => [l, word])) as Record<Locale, typeof word>).strict();

export const phoneLabelEntrySchema = z
  .object({
    phone: phoneWordsSchema,
    meaning: localizedTextSchema,
    /** The icon the phone shows beside it, where a row with this word always has the same one. */
    icon: phoneIconSchema.optional(),
    /**
     * Where the non-English words come from: the brief's section or table row, or "the app's own name".
     * Required once any word besides English is known, so every confirmed word can be traced.
     */
    confirmed: z.string().trim().min(3).optional(),
  })
  .strict()
  .refine((e) => e.confirmed !== undefined || Object.entries(e.phone).every(([l, w]) => l === 'en' || w === null || w === undefined), {
    message: 'a word known in a language besides English says where it is confirmed (`confirmed`)',
    path: ['confirmed'],
  });
export type PhoneLabelEntry = z.output<typeof phoneLabelEntrySchema>;

export const phoneLabelsFileSchema = z
  .object({
    lastVerified: isoDateSchema,
    sources: z.array(sourceRefSchema).min(1),
    labels: z.record(phoneLabelIdSchema, phoneLabelEntrySchema),
  })
  .strict();
export type PhoneLabelsFile = z.output<typeof phoneLabelsFileSchema>;
