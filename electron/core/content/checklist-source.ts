import { z } from 'zod';
import { contentIdSchema, isoDateSchema, sourceRefSchema } from '../../../shared/content-schema.ts';
import { REGIONS } from '../../../shared/regions.ts';
import { localizedTextSchema } from './source-text.ts';

// ---- Source: content/checklist.yaml (the page gets ChecklistView, shared/) ----

/** An official page a printed QR code leads to: offline, the kiosk can only point, so it points at the source. */
export const qrSourceSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    /** Under the code, in the reader's language: who publishes it and what it is for. */
    label: localizedTextSchema,
    source: sourceRefSchema,
  })
  .strict();

export const checklistFileSchema = z
  .object({
    lastVerified: isoDateSchema,
    /** The red flags (ids in red-flags.yaml) the sheet has room for, most important first. */
    redFlags: z.array(contentIdSchema).min(3).max(6),
    /** "If someone video-calls you": ids of steps in scam-now.yaml. */
    ifCalled: z.array(contentIdSchema).min(3).max(5),
    /**
     * The hotlines printed, per region, in order (ids from hotlines.yaml, the region's own or inherited):
     * a fridge sheet has room for the few that matter most; the kiosk's screens show them all. A region
     * not listed prints all of its lines.
     */
    hotlines: z.object(Object.fromEntries(REGIONS.map((r) => [r, z.array(contentIdSchema).min(1).max(5).optional()])) as Record<(typeof REGIONS)[number], z.ZodOptional<z.ZodArray<typeof contentIdSchema>>>).strict(),
    /** QR codes per region; a region without its own prints those of the region it inherits, then `generic`'s. */
    qr: z.object(Object.fromEntries(REGIONS.map((r) => [r, z.array(qrSourceSchema).max(3).optional()])) as Record<(typeof REGIONS)[number], z.ZodOptional<z.ZodArray<typeof qrSourceSchema>>>).strict(),
  })
  .strict();
export type ChecklistFile = z.output<typeof checklistFileSchema>;
