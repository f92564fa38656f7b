import { z } from 'zod';

/**
 * What the page may tell the core when it breaks: which kind of fault, and at most the name of the
 * screen it happened on. Never the error's message or stack: a message can quote what the visitor
 * typed (a resume code) or a path, and the core writes what it is told to its log.
 */
export const FAULT_KINDS = [
  /** A screen threw while rendering; the page replaced it with the calm restart screen. */
  'render',
  /** An error nothing caught (an event handler, a timer); the page stayed as it was. */
  'uncaught',
  /** A promise rejected with nobody to handle it; the page stayed as it was. */
  'rejection',
] as const;
export const faultKindSchema = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof faultKindSchema>;

/** A screen or component name: letters only, so nothing else can travel in it. */
export const FAULT_WHERE_PATTERN = /^[A-Za-z]{1,40}$/;

export const faultReportSchema = z
  .object({
    kind: faultKindSchema,
    where: z.string().regex(FAULT_WHERE_PATTERN).optional(),
  })
  .strict();
export type FaultReport = z.infer<typeof faultReportSchema>;

/** For staff health: how many faults of each kind the page reported since the kiosk started. */
export const faultCountsSchema = z.object({
  render: z.int().min(0),
  uncaught: z.int().min(0),
  rejection: z.int().min(0),
});
export type FaultCounts = z.infer<typeof faultCountsSchema>;
