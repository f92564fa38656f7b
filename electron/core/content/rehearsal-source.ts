import { z } from 'zod';
import { contentIdSchema, isoDateSchema, sourceRefSchema } from '../../../shared/content-schema.ts';
import { REHEARSAL_APPS, CALLER_KINDS, ENDING_KINDS } from '../../../shared/rehearsal-schema.ts';
import { regionSchema } from '../../../shared/regions.ts';
import { localizedTextSchema } from './source-text.ts';

// ---- Source: content/rehearsals/<id>.yaml, one practice scam call each (issue 20) ----
// (the page gets RehearsalView, shared/rehearsal-schema.ts)

/** One thing the visitor can do at a decision: what the button says, and the kind words it brings. */
const choiceSourceSchema = z
  .object({
    id: contentIdSchema,
    /** The button, in the visitor's words: "Share my screen", "Hang up and call 999 myself". */
    label: localizedTextSchema,
    /** The reflex the rehearsal teaches (hang up, refuse, call the official number yourself). */
    safe: z.boolean(),
    /** Said at once, kindly, naming the red flag: "A real police officer never asks you to share your screen." */
    feedback: localizedTextSchema,
    /** The decision or ending that follows. */
    next: contentIdSchema,
  })
  .strict();

/** A moment of the call: the caller says something (not on the ringing screen), and the visitor chooses. */
const decisionSourceSchema = z
  .object({
    id: contentIdSchema,
    /** The caller's line. Absent only on the first decision, the incoming call itself: answer or decline. */
    says: localizedTextSchema.optional(),
    /** The red flag (red-flags.yaml) this moment shows. */
    redFlag: contentIdSchema,
    choices: z.array(choiceSourceSchema).min(2).max(4),
  })
  .strict();

/** How the call ends: the visitor hung up in time, or the scam went on (told kindly: nobody fails). */
const endingSourceSchema = z
  .object({
    id: contentIdSchema,
    kind: z.enum(ENDING_KINDS),
    text: localizedTextSchema,
  })
  .strict();

export const rehearsalSourceSchema = z
  .object({
    id: contentIdSchema,
    lastVerified: isoDateSchema,
    /** The story in scam-scripts.yaml this call acts out. */
    script: contentIdSchema,
    /** The centres' regions that get this call (a Hong Kong and a mainland fake police); absent: every region. */
    regions: z.array(regionSchema).min(1).optional(),
    /** The app whose incoming call is drawn (its layout and colours, its name in text; never a logo). */
    app: z.enum(REHEARSAL_APPS),
    callerKind: z.enum(CALLER_KINDS),
    /** The name on the incoming call: "Police", "公安局", "Bank", "Grandson". */
    caller: localizedTextSchema,
    /** In the list of calls to practise. */
    title: localizedTextSchema,
    /** On the family checklist once practised: "I practised hanging up on a fake police call." */
    checklistLine: localizedTextSchema,
    /** The advisories this call dramatises. */
    sources: z.array(sourceRefSchema).min(1),
    /** The first decision is the incoming call. */
    decisions: z.array(decisionSourceSchema).min(2).max(8),
    endings: z.array(endingSourceSchema).min(2).max(6),
  })
  .strict();
export type RehearsalSource = z.output<typeof rehearsalSourceSchema>;
