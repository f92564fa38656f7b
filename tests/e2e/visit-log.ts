import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/core/kiosk.ts';
import { E2E_DATA_DIR } from './e2e-data-dir.ts';

export interface LoggedEvent {
  visit_id: string;
  kind: string;
  tutorial_id: string | null;
  locale: string | null;
  step_index: number | null;
  answer_id: string | null;
  hour: string;
}

/** The e2e kiosk's visit log, read straight from its database file, as a report would. */
export function readVisitLog(): LoggedEvent[] {
  const db = new Database(join(E2E_DATA_DIR, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT visit_id, kind, tutorial_id, locale, step_index, answer_id, hour FROM visit_event ORDER BY id').all() as LoggedEvent[];
  } finally {
    db.close();
  }
}

/** Every event of each visit that ended with "Start over". */
export function resetVisits(): LoggedEvent[][] {
  const log = readVisitLog();
  const ids = [...new Set(log.filter((e) => e.kind === 'visit_reset').map((e) => e.visit_id))];
  return ids.map((id) => log.filter((e) => e.visit_id === id));
}
