import { z } from 'zod';

/**
 * The closed set of things the visit log may record. Nothing outside this list, and no free text,
 * ever reaches the log: the set is the privacy promise made concrete.
 */
export const EVENT_KINDS = [
  'visit_started',
  'language_chosen',
  'question_answered',
  'plan_shown',
  'browse_viewed',
  'tutorial_opened',
  'tutorial_step_viewed',
  'step_looked_different',
  'tutorial_completed',
  'done_shown',
  'checklist_shown',
  'checklist_printed',
  'print_failed',
  // The browser shell: the core handed the sheet to the browser's print dialog and cannot know whether it printed.
  'print_sent_to_browser',
  'checklist_resumed',
  'help_requested',
  'scam_now_opened',
  // The "I already paid, gave a code, or installed their app" card: that it was opened, nothing more.
  'after_scam_opened',
  'visit_reset',
  'visit_timed_out',
  // "Practise a scam call" (issue 20): which practice call; a finished one also names the red flags met in it.
  'rehearsal_started',
  'rehearsal_finished',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

/** Events that are about one tutorial must name it; the others must not carry a content id. */
export const TUTORIAL_EVENT_KINDS: readonly EventKind[] = [
  'tutorial_opened',
  'tutorial_step_viewed',
  'step_looked_different',
  'tutorial_completed',
];

/** Events about one practice call name it (`rehearsalId`); only a finished one names the red flags met (`redFlags`). */
export const REHEARSAL_EVENT_KINDS: readonly EventKind[] = ['rehearsal_started', 'rehearsal_finished'];

/** Events about one step of a tutorial carry its index. */
export const STEP_EVENT_KINDS: readonly EventKind[] = ['tutorial_step_viewed', 'step_looked_different'];

/**
 * Facts the core witnesses and records itself, where they happen (startVisit, makePlan, openTutorial,
 * saveChecklist, printSheet, openChecklist): never accepted from a shell through recordEvent, so the
 * numbers a centre reports (checklists printed, plans resumed) are not whatever a page says (audit F3).
 * The page records only pure interface events (a step viewed, help opened).
 */
export const CORE_ONLY_EVENT_KINDS: readonly EventKind[] = [
  'visit_started',
  'question_answered',
  'plan_shown',
  'tutorial_opened',
  'checklist_shown',
  'checklist_printed',
  'print_failed',
  'print_sent_to_browser',
  'checklist_resumed',
];

/**
 * Days a raw visit-log event is kept before it is folded into the daily counts and deleted: long
 * enough for a quarter's report to be checked against the raw log, short enough that a visit's trail
 * (its answers, in order, by the hour) does not outlive its use. The default of the `visitLog.retentionDays`
 * setting, which the lobby screen shows.
 */
export const VISIT_LOG_RETENTION_DAYS = 90;
