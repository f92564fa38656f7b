import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from './migrate.ts';

export type Db = Database.Database;

/** Opens (creating if needed) the kiosk's one database file and migrates it to the latest schema. */
export function openDatabase(file: string, migrationsDir: string): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // WAL: readers never block the single writer; one main process, so no checkpoint starvation.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, loadMigrations(migrationsDir));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
