import { randomUUID } from 'node:crypto';
import { KioskError } from '../../../shared/errors.ts';
import {
  CORE_ONLY_EVENT_KINDS,
  REHEARSAL_EVENT_KINDS,
  STEP_EVENT_KINDS,
  TUTORIAL_EVENT_KINDS,
  type EventKind,
} from '../../../shared/events.ts';
import type { Locale } from '../../../shared/locales.ts';
import { hourBucket } from './hour-bucket.ts';
import type { VisitLogQueue } from './visit-log-queue.ts';
import type { VisitEventRow, VisitsRepository } from './visits.repository.ts';

export interface VisitEvent {
  visitId: string;
  kind: EventKind;
  tutorialId?: string | undefined;
  locale?: Locale | undefined;
  stepIndex?: number | undefined;
  /** Prints only: the sheet's second language. */
  secondLocale?: Locale | undefined;
  /** Practice calls only (issue 20). */
  rehearsalId?: string | undefined;
  /** A finished practice call only: the red flags met in it. */
  redFlags?: readonly string[] | undefined;
}

export interface VisitsService {
  /** `assisted`: staff started it beside the visitor; the visit_started row says so, and nothing about staff. */
  start(locale?: Locale, assisted?: boolean): { visitId: string };
  /** An interface event the page reports (recordEvent): never one of the facts the core witnesses. */
  record(event: VisitEvent): void;
  /**
   * A fact the core witnessed itself (CORE_ONLY_EVENT_KINDS): a checklist shown, printed or resumed, a
   * tutorial opened. Throws on an unknown visit or a kind the core does not witness; callers catch and
   * warn, so a log that cannot be written never fails the visitor's call.
   */
  witness(event: VisitEvent): void;
  /** One question_answered per chosen answer id, then plan_shown: written together or not at all. */
  recordAnswers(visitId: string, answerIds: string[], locale: Locale): void;
}

/** Visits started in this run that the service remembers without asking the database. */
export const REMEMBERED_VISITS = 10_000;

/**
 * The anonymous visit log. The visit id is random and minted here, so a shell cannot smuggle an
 * identifier in; events must fit their kind, and the time is cut to the hour before it is stored.
 * Writing goes through the queue, so a log that cannot be written never stops a visitor: the visit
 * starts and its events are kept to be written later. The visits started in this run are remembered
 * (a bounded set), so a visit whose first event is still waiting is not "not found".
 */
export function createVisitsService(
  repo: Pick<VisitsRepository, 'visitExists'>,
  deps: {
    now: () => Date;
    tutorialExists: (id: string) => boolean;
    /** The red flags a practice call can show; undefined when there is no such call. */
    rehearsalFlags: (id: string) => ReadonlySet<string> | undefined;
    queue: VisitLogQueue;
    /** The content key's first 12 hex digits as the core serves it now; undefined before any import. */
    contentVersion: () => string | undefined;
    remember?: number;
  },
): VisitsService {
  const limit = deps.remember ?? REMEMBERED_VISITS;
  const minted = new Set<string>();
  const remember = (visitId: string) => {
    minted.add(visitId);
    // A Set keeps insertion order: the first one is the oldest visit.
    if (minted.size > limit) minted.delete(minted.values().next().value!);
  };
  const known = (visitId: string) => minted.has(visitId) || repo.visitExists(visitId);

  // A content version that cannot be read (a damaged content_meta) is stored as unknown: the event still counts.
  const contentVersion = (): string | null => {
    try {
      return deps.contentVersion() ?? null;
    } catch {
      return null;
    }
  };
  const row = (e: VisitEvent & { answerId?: string; assisted?: boolean }): VisitEventRow => ({
    visitId: e.visitId,
    kind: e.kind,
    tutorialId: e.tutorialId ?? null,
    locale: e.locale ?? null,
    stepIndex: e.stepIndex ?? null,
    answerId: e.answerId ?? null,
    assisted: e.assisted === undefined ? null : e.assisted ? 1 : 0,
    hour: hourBucket(deps.now()),
    secondLocale: e.secondLocale ?? null,
    contentVersion: contentVersion(),
    rehearsalId: e.rehearsalId ?? null,
    // A set: the order the visitor met them in is a trail of their choices, and is not kept.
    redFlags: e.redFlags ? [...new Set(e.redFlags)].sort().join(',') : null,
  });

  /** The rules every event obeys, whoever records it: it fits its kind, names real content, belongs to a visit. */
  const check = (event: VisitEvent) => {
    const aboutTutorial = TUTORIAL_EVENT_KINDS.includes(event.kind);
    const aboutStep = STEP_EVENT_KINDS.includes(event.kind);
    if (aboutTutorial && event.tutorialId === undefined)
      throw new KioskError('invalid_request', `"${event.kind}" must name a tutorialId.`);
    if (!aboutTutorial && event.tutorialId !== undefined)
      throw new KioskError('invalid_request', `"${event.kind}" does not take a tutorialId.`);
    if (aboutStep && event.stepIndex === undefined)
      throw new KioskError('invalid_request', `"${event.kind}" must give a stepIndex.`);
    if (!aboutStep && event.stepIndex !== undefined)
      throw new KioskError('invalid_request', `"${event.kind}" does not take a stepIndex.`);
    if (event.tutorialId !== undefined && !deps.tutorialExists(event.tutorialId))
      throw new KioskError('not_found', `There is no tutorial "${event.tutorialId}".`);
    const aboutRehearsal = REHEARSAL_EVENT_KINDS.includes(event.kind);
    if (aboutRehearsal !== (event.rehearsalId !== undefined))
      throw new KioskError(
        'invalid_request',
        `"${event.kind}" ${aboutRehearsal ? 'must name' : 'does not take'} a rehearsalId.`,
      );
    if ((event.kind === 'rehearsal_finished') !== (event.redFlags !== undefined))
      throw new KioskError(
        'invalid_request',
        `"${event.kind}" ${event.kind === 'rehearsal_finished' ? 'must list' : 'does not take'} the redFlags met.`,
      );
    if (event.rehearsalId !== undefined) {
      const flags = deps.rehearsalFlags(event.rehearsalId);
      if (!flags) throw new KioskError('not_found', `There is no practice call "${event.rehearsalId}".`);
      const unknown = event.redFlags?.find((flag) => !flags.has(flag));
      if (unknown !== undefined)
        throw new KioskError(
          'invalid_request',
          `The practice call "${event.rehearsalId}" has no red flag "${unknown}".`,
        );
    }
    if (!known(event.visitId)) throw new KioskError('not_found', 'That visit was not started on this kiosk.');
  };

  return {
    start: (locale, assisted = false) => {
      const visitId = randomUUID();
      remember(visitId);
      deps.queue.write([row({ visitId, kind: 'visit_started', locale, assisted })]);
      return { visitId };
    },
    record: (event) => {
      if (CORE_ONLY_EVENT_KINDS.includes(event.kind))
        throw new KioskError(
          'invalid_request',
          `"${event.kind}" is recorded by the kiosk itself, not through recordEvent.`,
        );
      // Only prints name a second language, and the page never reports a print.
      if (event.secondLocale !== undefined)
        throw new KioskError('invalid_request', `"${event.kind}" does not take a second locale.`);
      check(event);
      deps.queue.write([row(event)]);
    },
    witness: (event) => {
      if (!CORE_ONLY_EVENT_KINDS.includes(event.kind) || event.kind === 'visit_started')
        throw new Error(`"${event.kind}" is not a fact the core witnesses on its own.`);
      check(event);
      deps.queue.write([row(event)]);
    },
    recordAnswers: (visitId, answerIds, locale) => {
      if (!known(visitId)) throw new KioskError('not_found', 'That visit was not started on this kiosk.');
      deps.queue.write([
        ...answerIds.map((answerId) => row({ visitId, kind: 'question_answered', answerId })),
        row({ visitId, kind: 'plan_shown', locale }),
      ]);
    },
  };
}
