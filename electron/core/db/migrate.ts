import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Reads `NNNN_name.sql` files in order; the numbers must run 1, 2, 3… with no gaps or repeats. */
export function loadMigrations(dir: string): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.map((file, index) => {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new MigrationError(`Migration file "${file}" is not named NNNN_name.sql.`);
    const id = Number(match[1]);
    if (id !== index + 1)
      throw new MigrationError(
        `Migration "${file}" should be number ${index + 1}: migrations must be numbered without gaps.`,
      );
    // Line endings are normalised before hashing: a checkout on Windows (CRLF) is the same history.
    const sql = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    return { id, name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

/**
 * Brings the database up to the latest migration. Refuses a history it does not know: a migration
 * applied here that this version lacks (a newer version opened the file), or one whose text changed
 * since it was applied (migrations are history and are never edited).
 */
export function migrate(db: Database, migrations: Migration[]): { applied: number[] } {
  // One IMMEDIATE transaction for the whole run: the history is read and extended under one write
  // lock, so two processes opening the same folder (both shells) cannot both apply a migration.
  return db.transaction(() => migrateLocked(db, migrations)).immediate();
}

function migrateLocked(db: Database, migrations: Migration[]): { applied: number[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL
  ) STRICT`);
  const done = db.prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id').all() as Array<{
    id: number;
    name: string;
    checksum: string;
  }>;
  for (const row of done) {
    const known = migrations.find((m) => m.id === row.id);
    if (!known) {
      throw new MigrationError(
        `The database has migration ${row.name}, which this version of SafeCall Kiosk does not know. It was probably opened by a newer version; refusing to start rather than damage it.`,
      );
    }
    if (known.name !== row.name || known.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.name} in the database does not match ${known.name} in this version (it was edited after it was applied). Refusing to start.`,
      );
    }
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (id, name, checksum) VALUES (?, ?, ?)');
  for (const m of migrations.filter((m) => !done.some((d) => d.id === m.id))) {
    db.exec(m.sql);
    record.run(m.id, m.name, m.checksum);
    applied.push(m.id);
  }
  return { applied };
}

/**
 * True when the database already has a history (it is not brand new) and this version brings a
 * migration it has not applied: the moment to take a backup, since migrations change data in place.
 */
export function hasPendingMigrationOnHistory(db: Database, migrations: Migration[]): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return false;
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: number }>).map((r) => r.id),
  );
  return applied.size > 0 && migrations.some((m) => !applied.has(m.id));
}
