import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createPrivateFile, databaseFiles, makePrivateFiles, PRIVATE_FOLDER_MODE } from '../private-files.ts';
import { loadMigrations, migrate, type Migration } from './migrate.ts';

export type Db = Database.Database;

/** How long a write waits for another connection's lock before SQLite answers SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 200;

export interface OpenDatabaseHooks {
  /** Runs before the migration runner, with this version's migrations: the moment to back up. */
  beforeMigrate?: (db: Db, migrations: Migration[]) => void;
}

/** Opens (creating if needed) the kiosk's one database file and migrates it to the latest schema. */
export function openDatabase(file: string, migrationsDir: string, hooks: OpenDatabaseHooks = {}): Db {
  mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  // Private from the first byte: SQLite gives -wal and -shm the database file's own mode (audit L3).
  createPrivateFile(file);
  const db = new Database(file);
  try {
    // WAL: readers never block the single writer; one main process, so no checkpoint starvation.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: every commit is fsynced, so whatever the kiosk acknowledged (a code shown or printed, a
    // logged event) survives a power cut, not only a crash. WAL's default, NORMAL, may lose the last
    // commits. One fsync per commit costs nothing at a kiosk's write rate.
    db.pragma('synchronous = FULL');
    // Short: a synchronous SQLite call waiting for a lock blocks the event loop (Electron's main
    // process). Another program holding the write lock must not freeze the kiosk for seconds; the
    // visit log queues what it cannot write, and reads never wait in WAL.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Deleted plans and expired log rows are overwritten, not left readable in free pages (audit L3).
    db.pragma('secure_delete = FAST');
    // The content import grows the WAL to about 5 MB; once checkpointed it shrinks back to this.
    db.pragma(`journal_size_limit = ${2 * 1024 * 1024}`);
    makePrivateFiles(...databaseFiles(file));
    const migrations = loadMigrations(migrationsDir);
    hooks.beforeMigrate?.(db, migrations);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
