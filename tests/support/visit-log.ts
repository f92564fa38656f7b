import { join } from 'node:path';
import { migrationsDir } from '../../electron/core/create-core.ts';
import { openDatabase, type Db } from '../../electron/core/db/open-database.ts';
import { REPO_ROOT, tempDir } from './temp-dir.ts';

/** A raw visit-log row as migration 0008 keeps it; everything but the visit, kind and hour may be left out. */
export interface LogRow {
  visitId: string;
  kind: string;
  hour: string;
  locale?: string;
  secondLocale?: string;
  tutorialId?: string;
  stepIndex?: number;
  answerId?: string;
  assisted?: 0 | 1;
  contentVersion?: string;
}

/** An empty kiosk database on a real file, migrated to the latest schema (no content). */
export function logDatabase(): Db {
  return openDatabase(join(tempDir(), 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
}

/**
 * Writes rows straight into visit_event, every column of 0008 included, so the rollup's tests do not
 * depend on which of them the visits service fills in. The trigger marks their days as it would.
 */
export function writeRows(db: Db, rows: LogRow[]): void {
  const insert = db.prepare(`INSERT INTO visit_event
    (visit_id, kind, hour, locale, second_locale, tutorial_id, step_index, answer_id, assisted, content_version)
    VALUES (@visitId, @kind, @hour, @locale, @secondLocale, @tutorialId, @stepIndex, @answerId, @assisted, @contentVersion)`);
  db.transaction(() => {
    for (const r of rows)
      insert.run({
        locale: null,
        secondLocale: null,
        tutorialId: null,
        stepIndex: null,
        answerId: null,
        assisted: null,
        contentVersion: null,
        ...r,
      });
  })();
}

/** A visit id of the log's shape (36 characters) from a small number. */
export const visitNo = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The rollup's rows in key order, for comparing whole tables. */
export function rollupRows(db: Db) {
  return db
    .prepare(
      `SELECT day, kind, locale, second_locale, tutorial_id, answer_id, assisted, content_version, events, visits
       FROM visit_rollup ORDER BY day, kind, locale, second_locale, tutorial_id, answer_id, assisted, content_version`,
    )
    .all() as RollupRow[];
}

export interface RollupRow {
  day: string;
  kind: string;
  locale: string;
  second_locale: string;
  tutorial_id: string;
  answer_id: string;
  assisted: number;
  content_version: string;
  events: number;
  visits: number;
}
