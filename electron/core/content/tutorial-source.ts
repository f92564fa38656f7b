import { z } from 'zod';
import { APPS, contentIdSchema, DEVICES, facilitatorNoteKindSchema, isoDateSchema, PLATFORMS, sourceRefSchema, topicSchema } from '../../../shared/content-schema.ts';
import { localizedTextSchema, regionalTextSchema } from './source-text.ts';
import {
  phoneAppSchema,
  phoneControlSchema,
  phoneFrameSchema,
  phoneGestureSchema,
  phoneIconSchema,
  phoneLabelIdSchema,
  rowKindSchema,
  screenKindSchema,
} from '../../../shared/phone-picture.ts';

// ---- Source: content/tutorials/*.yaml, as authors write it (the page gets TutorialView, shared/) ----

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
 * One row on the drawn phone screen (issue 17). `label` and `detail` name words of the dictionary
 * (content/phone-labels/*.yaml), never inline text: a word is confirmed once, for every step that shows it.
 */
export const screenRowSourceSchema = z
  .object({
    label: phoneLabelIdSchema,
    kind: rowKindSchema.default('link'),
    /** The row's icon where the phone shows one (iOS Settings rows, WhatsApp's settings). */
    icon: phoneIconSchema.optional(),
    /** The value the phone shows at the row's far side ("Off", "Everyone"), as a word of the dictionary. */
    detail: phoneLabelIdSchema.optional(),
    /** A switch's state now, as the visitor finds it. */
    value: z.enum(['on', 'off']).optional(),
    /** A target switch's state after the visitor's tap: the picture shows before and after. */
    to: z.enum(['on', 'off']).optional(),
    /** A button at the row's far side (the (i) beside a number in Recents): on a target row, the button is what to tap. */
    control: phoneControlSchema.optional(),
    /** The row the visitor should tap or turn in this step: circled, "Tap here". */
    target: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.to === undefined || (r.kind === 'switch' && r.target && r.value !== undefined && r.value !== r.to), {
    message: '`to` belongs on a target switch, and differs from its `value`',
  });

/**
 * The screen a step's picture draws: a description (frame, app, header, rows, icons, target, gesture),
 * never pixels. The page draws it (renderer/components/phone/).
 */
export const screenSourceSchema = z
  .object({
    kind: screenKindSchema.default('list'),
    app: phoneAppSchema,
    /** Omitted: from the variant (Samsung, Pixel, iPhone) or, for a guide for any phone, the visitor's phone. */
    frame: phoneFrameSchema.optional(),
    title: phoneLabelIdSchema.optional(),
    back: phoneLabelIdSchema.optional(),
    controls: z.array(z.object({ control: phoneControlSchema, target: z.boolean().default(false) }).strict()).max(4).default([]),
    /** 4 to 6 real rows around the target for a list; a menu, sheet or dialog has its own few. */
    rows: z.array(screenRowSourceSchema).max(9).default([]),
    /** The home screen's icons, the one to find among them. */
    apps: z.array(z.object({ icon: phoneIconSchema, label: phoneLabelIdSchema, target: z.boolean().default(false) }).strict()).max(12).default([]),
    gesture: phoneGestureSchema.optional(),
    /** The bottom tab bar, in the phone's order: the tab showing now `selected`, the one to tap `target`. */
    tabs: z.array(z.object({ icon: phoneIconSchema, label: phoneLabelIdSchema, target: z.boolean().default(false), selected: z.boolean().default(false) }).strict()).max(5).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'home' && s.apps.length === 0) ctx.addIssue({ code: 'custom', path: ['apps'], message: 'a home screen shows the icons to look among' });
    // The tab bar is drawn under a list's rows only (renderer/components/phone/TabBar.tsx): elsewhere it would silently vanish.
    if (s.kind !== 'list' && s.tabs.length > 0) ctx.addIssue({ code: 'custom', path: ['tabs'], message: 'only a list screen shows a bottom tab bar' });
    if (s.tabs.filter((t) => t.target).length > 1) ctx.addIssue({ code: 'custom', path: ['tabs'], message: 'at most one tab is the one to tap' });
    // A list whose step is its tab bar may show no rows: rows nobody is sure of are left out, not invented.
    if (s.kind !== 'home' && s.kind !== 'call' && s.rows.length === 0 && s.tabs.length === 0) ctx.addIssue({ code: 'custom', path: ['rows'], message: `a ${s.kind} screen shows its rows` });
  });
export type ScreenSource = z.output<typeof screenSourceSchema>;

/** Why a step has no picture, for the rare step no phone screen can show ("ask a family member"); reviewed and dated. */
export const noPictureSchema = z
  .object({
    reason: z.string().trim().min(10),
    reviewed: isoDateSchema,
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
    /** The phone picture; the content check requires it, or a reviewed `noPicture` reason. */
    screen: screenSourceSchema.optional(),
    noPicture: noPictureSchema.optional(),
  })
  .strict()
  .refine((s) => !(s.screen && s.noPicture), { message: 'a step has a picture or a reason for none, not both' });
export type StepSource = z.output<typeof stepSourceSchema>;

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

/**
 * A note for the volunteer in an assisted visit. Sourced as a hotline is (its own `verified` and
 * `source`), and the source must be one of the tutorial's `sources`: a note rests on nothing the guide
 * does not. The content check (facilitator-notes-check.ts) holds the step, variant and source references
 * and requires a note on every step that is not trivial.
 */
export const facilitatorNoteSourceSchema = z
  .object({
    /** The step it is for, by id; omitted for a note about the whole guide. */
    step: contentIdSchema.optional(),
    /** Only the step of these variants, where the variants' steps of that id differ; omitted: every variant that has the step. */
    variants: z.array(contentIdSchema).min(1).optional(),
    kind: facilitatorNoteKindSchema,
    text: localizedTextSchema,
    /** false where the brief marks the fact UNCONFIRMED: the note says "check on the phone", and it goes on the review list. */
    verified: z.boolean(),
    source: z.union([sourceRefSchema, z.array(sourceRefSchema).min(1)]),
  })
  .strict();
export type FacilitatorNoteSource = z.output<typeof facilitatorNoteSourceSchema>;

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
    /** Notes for a volunteer helping in an assisted visit. Optional here so a draft loads; the content check requires them. */
    facilitator: z.array(facilitatorNoteSourceSchema).min(1).optional(),
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
