import { z } from 'zod';

/**
 * The closed set of things the visit log may record. Nothing outside this list, and no free text,
 * ever reaches the log: the set is the privacy promise made concrete.
 */
export const EVENT_KINDS = [
  'visit_started',
  'language_chosen',
  'tutorial_list_viewed',
  'tutorial_opened',
  'tutorial_step_viewed',
  'tutorial_completed',
  'visit_reset',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

/** Events that are about one tutorial must name it; the others must not carry a content id. */
export const TUTORIAL_EVENT_KINDS: readonly EventKind[] = ['tutorial_opened', 'tutorial_step_viewed', 'tutorial_completed'];
