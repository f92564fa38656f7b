import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, MigrationError } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

const MIGRATIONS = migrationsDir(REPO_ROOT);

describe('database migrations', () => {
  it('migrate an empty database file to the latest version, with WAL and foreign keys on', () => {
    const file = join(tempDir(), 'kiosk.sqlite');
    const db = openDatabase(file, MIGRATIONS);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'kiosk_settings',
        'content_meta',
        'tutorial',
        'tutorial_locale',
        'visit_event',
        'schema_migrations',
      ]),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const applied = db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all();
    expect(applied).toEqual(loadMigrations(MIGRATIONS).map((m) => m.id));
    db.close();
  });

  it('apply nothing twice when the database is already up to date', () => {
    const file = join(tempDir(), 'kiosk.sqlite');
    openDatabase(file, MIGRATIONS).close();
    const db = new Database(file);
    expect(migrate(db, loadMigrations(MIGRATIONS)).applied).toEqual([]);
    db.close();
  });

  it('refuse a database that a newer version migrated further', () => {
    const file = join(tempDir(), 'kiosk.sqlite');
    const db = openDatabase(file, MIGRATIONS);
    db.prepare(
      "INSERT INTO schema_migrations (id, name, checksum) VALUES (999, '0999_from_the_future.sql', 'x')",
    ).run();
    db.close();
    expect(() => openDatabase(file, MIGRATIONS)).toThrow(/0999_from_the_future\.sql.*does not know/);
  });

  it('refuse a migration that was edited after it was applied', () => {
    const dir = tempDir();
    const edited = join(dir, 'migrations');
    mkdirSync(edited);
    copyFileSync(join(MIGRATIONS, '0001_initial.sql'), join(edited, '0001_initial.sql'));
    const file = join(dir, 'kiosk.sqlite');
    openDatabase(file, edited).close();
    writeFileSync(join(edited, '0001_initial.sql'), '-- edited\nCREATE TABLE sneaky (x INTEGER);');
    expect(() => openDatabase(file, edited)).toThrow(MigrationError);
    expect(() => openDatabase(file, edited)).toThrow(/was edited after it was applied/);
  });

  it('refuse migration files numbered with a gap', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0001_a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '0003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/should be number 2/);
  });

  it('leave the database exactly as it was when a migration fails halfway', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0001_ok.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(dir, '0002_broken.sql'), 'CREATE TABLE b (x INTEGER); THIS IS NOT SQL;');
    const db = new Database(join(dir, 'kiosk.sqlite'));
    expect(() => migrate(db, loadMigrations(dir))).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual([]);
    db.close();
  });

  it('treat a migration checked out with Windows line endings as the same history', () => {
    const dir = tempDir();
    const unix = join(dir, 'unix');
    const windows = join(dir, 'windows');
    mkdirSync(unix);
    mkdirSync(windows);
    writeFileSync(join(unix, '0001_a.sql'), 'CREATE TABLE a (\n  x INTEGER\n);\n');
    writeFileSync(join(windows, '0001_a.sql'), 'CREATE TABLE a (\r\n  x INTEGER\r\n);\r\n');
    const file = join(dir, 'kiosk.sqlite');
    openDatabase(file, unix).close();
    expect(() => openDatabase(file, windows).close()).not.toThrow();
  });
});
