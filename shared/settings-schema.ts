import { z } from 'zod';
import { VISIT_LOG_RETENTION_DAYS } from './events.ts';
import { localeSchema, LOCALES } from './locales.ts';
import { regionSchema } from './regions.ts';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const idleSchema = z
  .object({
    /** Seconds without a touch before "Are you still there?" appears. */
    warnAfterSeconds: z.int().min(30).max(3600).default(120),
    /** Seconds the warning counts down before everything is wiped. */
    countdownSeconds: z.int().min(5).max(300).default(30),
    /**
     * On a guide's steps and the checklist the visitor is busy with their own phone or the printer, not
     * the kiosk: seconds without a touch there before the warning.
     */
    workingSeconds: z.int().min(60).max(3600).default(300),
    /** A soft chime with the warning: the visitor is often looking down at their phone. */
    chime: z.boolean().default(true),
  })
  .strict();

/**
 * The centre's settings. `kiosk.json` in the data folder provisions them at first start: every field
 * is optional there and falls back to the default below; an unknown field is an error, because a typo
 * ("centerName") silently ignored would print the wrong centre name for months.
 */
export const kioskSettingsSchema = z
  .object({
    centreName: z.string().trim().min(1).max(80).default('Community Centre'),
    region: regionSchema.default('generic'),
    locales: z
      .array(localeSchema)
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'must not list a locale twice')
      .default([...LOCALES]),
    defaultLocale: localeSchema.default('en'),
    idle: idleSchema.prefault({}),
    paperSize: z.enum(PAPER_SIZES).default('A4'),
    /** The printer's system name (CUPS queue or Windows printer name); the system default when absent. */
    printer: z.string().trim().min(1).max(127).optional(),
    help: z
      .object({
        /** Where visitors find staff, in the centre's own words ("Front desk, ground floor"). */
        staffLocation: z.string().trim().min(1).max(120).optional(),
        /** A soft chime when a visitor asks for help, so staff across the room notice. */
        chime: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /** This kiosk's name in reports and exports, so a centre with several can tell them apart ("Lobby", "Library 2"). */
    kioskLabel: z.string().trim().min(1).max(40).default('Kiosk'),
    visitLog: z
      .object({
        /** Days a raw visit-log event is kept before only its daily counts remain (why 90: events.ts). */
        retentionDays: z.int().min(7).max(730).default(VISIT_LOG_RETENTION_DAYS),
      })
      .strict()
      .prefault({}),
    reports: z
      .object({
        /** Counts under this are shown as "<N" in exports and on paper: a small count can point at one person. */
        suppressBelow: z.int().min(2).max(20).default(5),
        /**
         * The centre's report key (public half, from `npm run report:keygen`): exports carry their exact
         * counts sealed to it, so `npm run report:merge` can add kiosks up before suppressing, and nobody
         * without the private half can read a small count. Without it, exports carry suppressed counts only.
         */
        sealingKey: z
          .string()
          .regex(/^[A-Za-z0-9+/=]{40,200}$/, 'must be the public key report:keygen printed')
          .optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((s) => s.locales.includes(s.defaultLocale), {
    path: ['defaultLocale'],
    message: 'must be one of the enabled locales',
  });

export type KioskSettings = z.output<typeof kioskSettingsSchema>;
export type KioskSettingsInput = z.input<typeof kioskSettingsSchema>;
