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
}

export interface VisitsRepository {
  insert(event: VisitEventRow): void;
  visitExists(visitId: string): boolean;
  transaction(work: () => void): void;
}

export function createVisitsRepository(db: Db): VisitsRepository {
  const insert = db.prepare(
    'INSERT INTO visit_event (visit_id, kind, tutorial_id, locale, step_index, answer_id, assisted, hour) VALUES (@visitId, @kind, @tutorialId, @locale, @stepIndex, @answerId, @assisted, @hour)',
  );
  const exists = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM visit_event WHERE visit_id = ? LIMIT 1',
  );
  return {
    insert: (event) => {
      insert.run(event);
    },
    visitExists: (visitId) => exists.get(visitId) !== undefined,
    transaction: (work) => db.transaction(work)(),
  };
}
