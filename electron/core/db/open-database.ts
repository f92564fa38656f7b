import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createPrivateFile, databaseFiles, makePrivateFiles, PRIVATE_FOLDER_MODE } from '../private-files.ts';
import { loadMigrations, migrate, type Migration } from './migrate.ts';

export type Db = Database.Database;

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
    db.pragma('busy_timeout = 5000');
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
