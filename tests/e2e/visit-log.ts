import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/core/create-core.ts';

export interface LoggedEvent {
  visit_id: string;
  kind: string;
  tutorial_id: string | null;
  locale: string | null;
  step_index: number | null;
  answer_id: string | null;
  hour: string;
  /** On a visit's first row (visit_started): 1 when staff started it ("Help a visitor"), else 0; null on the others. */
  assisted: number | null;
  /** Practice calls (issue 20): which one, and on a finished one the red flags met, sorted and comma-joined. */
  rehearsal_id: string | null;
  red_flags: string | null;
}

/**
 * The visit log of the kiosk in `dataDir`, read straight from its database file as a report would,
 * only for the given visits: a test reads its own visits, never another test's.
 */
export function readVisitLog(dataDir: string, visitIds: readonly string[]): LoggedEvent[] {
  if (visitIds.length === 0) return [];
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const marks = visitIds.map(() => '?').join(', ');
    return db
      .prepare(
        `SELECT visit_id, kind, tutorial_id, locale, step_index, answer_id, hour, assisted, rehearsal_id, red_flags FROM visit_event WHERE visit_id IN (${marks}) ORDER BY id`,
      )
      .all(...visitIds) as LoggedEvent[];
  } finally {
    db.close();
  }
}
