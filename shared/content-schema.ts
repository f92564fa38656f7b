import { z } from 'zod';
import { localeSchema, type Locale } from './locales.ts';
import { REGIONS, type Region } from './regions.ts';

/** Ids of content are the only content references the log and the API carry: short, lowercase, no free text. */
export const contentIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens').max(64);

export const TOPICS = ['iphone', 'whatsapp', 'wechat', 'android', 'general'] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

export const PLATFORMS = ['ios', 'android', 'any'] as const;
export const DEVICES = ['iphone', 'pixel', 'samsung', 'android-other'] as const;
/** The app or part of the phone a tutorial changes: lets a plan match a visitor's answers. */
export const APPS = ['facetime', 'phone', 'messages', 'settings', 'apple-account', 'whatsapp', 'wechat', 'wechat-pay', 'google-phone', 'samsung-phone', 'google-account', 'meeting-apps', 'any'] as const;

const text = z.string().trim().min(1);

/**
 * What a finished guide protects, in a closed list. A checklist line names what it claims
 * (`checklist.protects`) and the steps that deliver it name it too (`gives`): the content check fails
 * when a variant's steps never give what its checklist line claims, so a printed promise cannot outrun
 * the steps (audit 2026-12 C1: "filtered" was printed while strangers' FaceTime calls still rang).
 * "knows-how-to-…" are skills taught, not settings changed.
 */
export const PROTECTIONS = [
  'unknown-calls-silenced',
  'unknown-calls-blocked',
  'unknown-facetime-silenced',
  'facetime-off',
  'facetime-off-other-devices',
  'spam-calls-filtered',
  'hidden-numbers-blocked',
  'unknown-texts-filtered',
  'shareplay-off',
  'two-factor-on',
  'trusted-numbers-checked',
  'backup-method-set',
  'recovery-email-set',
  'stolen-device-protection-on',
  'safety-check-done',
  'contacts-only-communication',
  'screen-time-passcode',
  'strangers-cannot-add',
  'discovery-hidden',
  'app-location-off',
  'password-free-payments-off',
  'wallet-locked',
  'profile-private',
  'groups-contacts-only',
  'unknown-apps-blocked',
  'family-code-word',
  'calls-back-to-check',
  'knows-how-to-block',
  'knows-how-to-report',
  'knows-how-to-stop-screen-share',
  'knows-what-to-do-if-threatened',
] as const;
export const protectionSchema = z.enum(PROTECTIONS);
export type Protection = z.infer<typeof protectionSchema>;

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

/** One row on the drawn phone screen. `label` is what the phone itself shows, only where known. */
export const screenRowSourceSchema = z
  .object({
    label: phoneLabelSchema,
    kind: z.enum(['link', 'switch', 'button', 'info']),
    /** For switches: the state the row shows in this step's picture. */
    value: z.enum(['on', 'off']).optional(),
    /** The row the visitor should tap or turn in this step. */
    target: z.boolean().default(false),
  })
  .strict();

export const screenSourceSchema = z
  .object({
    title: phoneLabelSchema,
    rows: z.array(screenRowSourceSchema).min(1).max(8),
  })
  .strict();

export const stepSourceSchema = z
  .object({
    id: contentIdSchema,
    text: regionalTextSchema,
    tip: regionalTextSchema.optional(),
    /** "Did your phone look like this?": what the visitor should see after doing the step. */
    check: localizedTextSchema.optional(),
    /** false where the brief marks the fact UNCONFIRMED: the visitor is told menus may differ. */
    verified: z.boolean(),
    /** What doing this step delivers, for the checklist's claim (see PROTECTIONS). */
    gives: z.array(protectionSchema).min(1).optional(),
    /** A guide this step sends the visitor to ("follow the guide Turn off FaceTime"): the step offers a button to it. */
    opens: contentIdSchema.optional(),
    screen: screenSourceSchema.optional(),
  })
  .strict();

export const variantSourceSchema = z
  .object({
    id: contentIdSchema,
    label: localizedTextSchema,
    platform: z.enum(PLATFORMS),
    /** For phone-maker differences (Pixel / Samsung); omitted where any phone of the platform fits. */
    device: z.enum(DEVICES).optional(),
    /** Inclusive OS or app version range, as written by the vendor ("17", "18"); open ends are omitted. */
    versionFrom: z.string().optional(),
    versionTo: z.string().optional(),
    steps: z.array(stepSourceSchema).min(1).max(12),
  })
  .strict();

export const sourceRefSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    publisher: text,
    confirmation: z.enum(['official', 'third-party', 'unconfirmed']),
  })
  .strict();

export const isoDateSchema = z.iso.date();

export const tutorialSourceSchema = z
  .object({
    id: contentIdSchema,
    topic: topicSchema,
    order: z.int().min(0),
    minutes: z.int().min(1).max(30),
    lastVerified: isoDateSchema,
    title: localizedTextSchema,
    summary: regionalTextSchema,
    why: regionalTextSchema,
    appliesTo: z.object({ platform: z.enum(PLATFORMS), apps: z.array(z.enum(APPS)).min(1) }).strict(),
    /** Ids of the scam scripts (content/scam-scripts.yaml) this tutorial protects against. */
    scamScripts: z.array(contentIdSchema).min(1),
    /** The line it contributes to the printed family checklist. */
    checklist: z
      .object({
        /** The setting as a short goal ("FaceTime is off"). */
        item: localizedTextSchema,
        /** The menu path in one line, for a grandchild finishing the job at home. */
        path: localizedTextSchema,
        /** What the line claims; every variant's steps must give all of it (the content check). */
        protects: z.array(protectionSchema).min(1),
      })
      .strict(),
    /** How a visitor can tell which variant their phone needs, without knowing its version number. */
    versionHint: localizedTextSchema.optional(),
    /** The variant most visitors' phones need today, started when a visitor does not know their version; the first (newest) unless given. */
    commonVariant: contentIdSchema.optional(),
    variants: z.array(variantSourceSchema).min(1),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.variants.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'id'], message: `duplicate variant id "${v.id}"` });
      seen.add(v.id);
    });
    if (t.commonVariant && !seen.has(t.commonVariant)) ctx.addIssue({ code: 'custom', path: ['commonVariant'], message: `no variant "${t.commonVariant}"` });
  });
export type TutorialSource = z.output<typeof tutorialSourceSchema>;

// ---- What the API serves: one tutorial in one language ----

export const screenRowViewSchema = z.object({
  label: z.string(),
  /** true when the phone's own label in this language is not known and the English one is shown. */
  labelIsFallback: z.boolean(),
  kind: z.enum(['link', 'switch', 'button', 'info']),
  value: z.enum(['on', 'off']).optional(),
  target: z.boolean(),
});
export const screenViewSchema = z.object({ title: z.string(), titleIsFallback: z.boolean(), rows: z.array(screenRowViewSchema) });

export const stepViewSchema = z.object({
  id: contentIdSchema,
  text: z.string(),
  tip: z.string().optional(),
  check: z.string().optional(),
  verified: z.boolean(),
  screen: screenViewSchema.optional(),
  /** Another guide this step names, with its title in the visitor's language. */
  opens: z.object({ tutorialId: contentIdSchema, title: z.string() }).optional(),
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
  /** Started when the visitor does not know their version (see TutorialSource.commonVariant). */
  commonVariant: contentIdSchema,
  /** Where the visitor's phone shows its version, for the "I don't know" start; absent where variants differ by platform. */
  versionCheck: z.string().optional(),
  lastVerified: isoDateSchema,
  variants: z.array(variantViewSchema),
  sources: z.array(sourceRefSchema),
});
export type TutorialView = z.infer<typeof tutorialViewSchema>;

// ---- Source: content/version-check.yaml ----

/** Where a phone shows its software version, per platform: told to a visitor who does not know theirs. */
export const versionCheckFileSchema = z
  .object({
    lastVerified: isoDateSchema,
    sources: z.array(sourceRefSchema).min(1),
    ios: localizedTextSchema,
    android: localizedTextSchema,
  })
  .strict();
export type VersionCheckFile = z.output<typeof versionCheckFileSchema>;
