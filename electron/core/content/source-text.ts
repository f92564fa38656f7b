import { z } from 'zod';
import type { Locale } from '../../../shared/locales.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';

/**
 * How the YAML content writes its texts: in several languages, some per region, some the phone's own
 * words. Only the content loader and the compilers read these; what crosses the wire is plain strings
 * (shared/), so none of this reaches the page.
 */

const text = z.string().trim().min(1);

/**
 * Text in several languages. English is required (it is the fallback); whether every other locale
 * is present is the content check's job, so a half-translated draft can still be loaded in development.
 */
const optionalText = text.optional();
export const localizedTextSchema = z
  .object({
    en: text,
    'zh-Hant': optionalText,
    'zh-Hans': optionalText,
    es: optionalText,
    id: optionalText,
    vi: optionalText,
    ko: optionalText,
    ar: optionalText,
  } satisfies Record<Locale, z.ZodType>)
  .strict();
export type LocalizedText = { en: string } & Partial<Record<Locale, string>>;

/**
 * Text that is true only in some regions: a "why" that names a place, an example that names an app
 * the visitor's region does not use. `default` is for every region without its own text; a region
 * without its own uses the region it inherits (US-NYC uses US), then `default`. A New York visitor is
 * not told about Hong Kong numbers, nor given Tencent Meeting's Chinese buttons inside an Arabic sentence.
 */
const regionalVariantsSchema = z
  .object({
    default: localizedTextSchema,
    ...(Object.fromEntries(REGIONS.map((r) => [r, localizedTextSchema.optional()])) as Record<Region, z.ZodOptional<typeof localizedTextSchema>>),
  })
  .strict();
export const regionalTextSchema = z.union([localizedTextSchema, regionalVariantsSchema]);
export type RegionalText = z.output<typeof regionalTextSchema>;

/** The text for one region: its own, else the region it inherits, else the default. */
export function textForRegion(text: RegionalText, region: Region, parentOf: (r: Region) => Region | undefined): LocalizedText {
  if (!('default' in text)) return text;
  for (let r: Region | undefined = region; r; r = parentOf(r)) {
    const own = text[r];
    if (own) return own;
  }
  return text.default;
}

/** Every language version of a possibly regional text, for checks that must see them all. */
export function allRegionalTexts(text: RegionalText): LocalizedText[] {
  return 'default' in text ? [text.default, ...REGIONS.flatMap((r) => (text[r] ? [text[r]] : []))] : [text];
}

const optionalLabel = text.nullable().optional();
/**
 * A word the phone itself shows (a menu or switch name), per locale. `null` means "not known in this
 * language": the kiosk shows the English word and says so, rather than invent a translation. The
 * content check requires every locale to be present, as a word or as null, so an unknown is a decision.
 */
export const phoneLabelSchema = z
  .object({
    en: text,
    'zh-Hant': optionalLabel,
    'zh-Hans': optionalLabel,
    es: optionalLabel,
    id: optionalLabel,
    vi: optionalLabel,
    ko: optionalLabel,
    ar: optionalLabel,
  } satisfies Record<Locale, z.ZodType>)
  .strict();
export type PhoneLabel = z.output<typeof phoneLabelSchema>;

