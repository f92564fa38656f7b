import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Why a database file cannot be trusted: what staff read in the log and in getHealth. */
export type DatabaseProblem = 'empty' | 'not_sqlite' | 'failed_check';

export const PROBLEM_TEXT: Record<DatabaseProblem, string> = {
  empty: 'the file was empty, 0 bytes',
  not_sqlite: 'the file does not start like an SQLite database',
  failed_check: 'SQLite found damage inside the file',
};

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** An SQLite database file starts with a 100-byte header; anything shorter is not one. */
const HEADER_BYTES = 100;

/** SQLite's own words for "this file is damaged", as opposed to "the disk or permissions failed". */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

function startsLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    return readSync(fd, head, 0, HEADER_BYTES, 0) === HEADER_BYTES && head.subarray(0, HEADER.length).equals(HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * What is wrong with an existing database file, or undefined when it passes. `quick_check` at start
 * (milliseconds for the kiosk's few megabytes, and it catches the damaged page that otherwise lets
 * the kiosk start and then fail every visitor: audit #56); the full `integrity_check` for backups.
 * `readonly` for copies that must not be touched; the live file is opened for writing, so SQLite
 * replays a WAL left by a crash before checking. Errors that are not damage (permissions, a full
 * or failing disk) are thrown: they are the disk's problem, not the file's, and moving the file
 * aside would not help.
 */
export function findDatabaseProblem(
  file: string,
  options: { check: 'quick_check' | 'integrity_check'; readonly: boolean },
): DatabaseProblem | undefined {
  if (statSync(file).size === 0) return 'empty';
  if (!startsLikeSqlite(file)) return 'not_sqlite';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: options.readonly, fileMustExist: true });
    const rows = db.pragma(options.check, { simple: false }) as Array<Record<string, unknown>>;
    const ok = rows.length === 1 && Object.values(rows[0] ?? {})[0] === 'ok';
    return ok ? undefined : 'failed_check';
  } catch (error) {
    if (isDamageError(error)) return 'failed_check';
    throw error;
  } finally {
    db?.close();
  }
}
