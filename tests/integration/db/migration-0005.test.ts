import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

const MIGRATIONS = migrationsDir(REPO_ROOT);

/** A database as the previous version left it: migrated up to 0004 only. */
function databaseAt0004() {
  const dir = tempDir();
  const old = join(dir, 'migrations');
  mkdirSync(old);
  for (const file of readdirSync(MIGRATIONS).filter((f) => f < '0005'))
    copyFileSync(join(MIGRATIONS, file), join(old, file));
  const file = join(dir, 'kiosk.sqlite');
  return { file, db: openDatabase(file, old) };
}

describe('migration 0005', () => {
  it('keep every saved plan, now stored in code order instead of save order', () => {
    const { file, db } = databaseAt0004();
    // Saved in this order, as visits came; the codes themselves are random.
    const plans = [
      ['73920184', '{"actions":[{"tutorialId":"a"}],"completed":[]}', '2026-11-20'],
      ['10482736', '{"actions":[{"tutorialId":"b"}],"completed":["b"]}', '2026-11-21'],
      ['55018293', '{"actions":[{"tutorialId":"c"}],"completed":[]}', '2026-11-22'],
    ];
    const insert = db.prepare('INSERT INTO saved_plan (code, plan_json, saved_day) VALUES (?, ?, ?)');
    for (const p of plans) insert.run(...p);
    expect(db.prepare('SELECT code FROM saved_plan ORDER BY rowid').pluck().all()).toEqual([
      '73920184',
      '10482736',
      '55018293',
    ]);
    db.close();

    const migrated = openDatabase(file, MIGRATIONS);
    const rows = migrated.prepare('SELECT code, plan_json, saved_day FROM saved_plan').raw().all();
    const schema = migrated.prepare("SELECT sql FROM sqlite_master WHERE name = 'saved_plan'").pluck().get();
    const indexes = migrated.prepare("SELECT name FROM pragma_index_list('saved_plan')").pluck().all();
    expect(() => migrated.prepare('SELECT rowid FROM saved_plan').all()).toThrow(/rowid/);
    migrated.close();
    // The table's own order (no ORDER BY) is now the codes', which says nothing about who came first.
    expect(rows).toEqual([...plans].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '')));
    expect(schema).toMatch(/WITHOUT ROWID/);
    expect(indexes).toContain('saved_plan_day');
  });

  it('still refuse a code that is not 8 digits, and a second plan under the same code', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), MIGRATIONS);
    const insert = db.prepare("INSERT INTO saved_plan (code, plan_json, saved_day) VALUES (?, '{}', '2026-12-01')");
    insert.run('12345678');
    expect(() => insert.run('12345678')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('1234')).toThrow(/CHECK/);
    expect(() => insert.run('1234567a')).toThrow(/CHECK/);
    db.close();
  });

  it('add the daily counts table, with no column that could name a visit or an hour', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), MIGRATIONS);
    const columns = db.prepare("SELECT name FROM pragma_table_info('visit_rollup') ORDER BY cid").pluck().all();
    db.close();
    // 0006 adds `assisted` (a yes or no, not a visit's name); 0008 renames the table visit_rollup and adds a
    // print's second language, the content version and the distinct visits behind each count.
    expect(columns).toEqual([
      'day',
      'kind',
      'locale',
      'second_locale',
      'tutorial_id',
      'answer_id',
      'assisted',
      'content_version',
      'events',
      'visits',
    ]);
  });
});
