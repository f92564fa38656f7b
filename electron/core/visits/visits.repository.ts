import type { EventKind } from '../../../shared/events.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Db } from '../db/open-database.ts';

export interface VisitEventRow {
  visitId: string;
  kind: EventKind;
  tutorialId: string | null;
  locale: Locale | null;
  stepIndex: number | null;
  answerId: string | null;
  /** On visit_started only: 1 when staff started it beside the visitor, 0 when not; null on other events. */
  assisted: 0 | 1 | null;
  hour: string;
  /** Prints only: the sheet's second language, when it has one (absent: none). */
  secondLocale?: Locale | null;
  /** The content the core served when the event happened: the content key's first 12 hex digits (absent: unknown). */
  contentVersion?: string | null;
  /** Practice calls only: which one (absent: none). */
  rehearsalId?: string | null;
  /** A finished practice call only: the red flags met, sorted and joined by commas (absent: none). */
  redFlags?: string | null;
}

export interface VisitsRepository {
  insert(event: VisitEventRow): void;
  visitExists(visitId: string): boolean;
  transaction(work: () => void): void;
}

export function createVisitsRepository(db: Db): VisitsRepository {
  const insert = db.prepare(
    'INSERT INTO visit_event (visit_id, kind, tutorial_id, locale, step_index, answer_id, assisted, hour, second_locale, content_version, rehearsal_id, red_flags) VALUES (@visitId, @kind, @tutorialId, @locale, @stepIndex, @answerId, @assisted, @hour, @secondLocale, @contentVersion, @rehearsalId, @redFlags)',
  );
  const exists = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM visit_event WHERE visit_id = ? LIMIT 1',
  );
  return {
    insert: (event) => {
      insert.run({ secondLocale: null, contentVersion: null, rehearsalId: null, redFlags: null, ...event });
    },
    visitExists: (visitId) => exists.get(visitId) !== undefined,
    transaction: (work) => db.transaction(work)(),
  };
}
