import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

const MIGRATIONS = migrationsDir(REPO_ROOT);

/** A database as the previous version left it: migrated up to 0005 only. */
function databaseAt0005() {
  const dir = tempDir();
  const old = join(dir, 'migrations');
  mkdirSync(old);
  for (const file of readdirSync(MIGRATIONS).filter((f) => f < '0006'))
    copyFileSync(join(MIGRATIONS, file), join(old, file));
  const file = join(dir, 'kiosk.sqlite');
  return { file, db: openDatabase(file, old) };
}

describe('migration 0006', () => {
  it('keep every daily count and raw event, none of them assisted', () => {
    const { file, db } = databaseAt0005();
    db.prepare(
      "INSERT INTO visit_daily (day, kind, locale, tutorial_id, answer_id, events) VALUES ('2026-08-01', 'visit_started', 'vi', '', '', 4), ('2026-08-01', 'tutorial_opened', 'vi', 'iphone-turn-off-facetime', '', 2)",
    ).run();
    db.prepare(
      "INSERT INTO visit_event (visit_id, kind, locale, hour) VALUES ('00000000-0000-4000-8000-000000000001', 'visit_started', 'ar', '2026-12-05T10')",
    ).run();
    db.close();

    const migrated = openDatabase(file, MIGRATIONS);
    const daily = migrated.prepare('SELECT kind, assisted, events FROM visit_rollup ORDER BY kind').all();
    const raw = migrated.prepare('SELECT kind, assisted FROM visit_event').all();
    const staff = migrated.prepare('SELECT count(*) FROM staff_access').pluck().get();
    migrated.close();
    expect(daily).toEqual([
      { kind: 'tutorial_opened', assisted: 0, events: 2 },
      { kind: 'visit_started', assisted: 0, events: 4 },
    ]);
    // Events from before staff mode existed say nothing either way.
    expect(raw).toEqual([{ kind: 'visit_started', assisted: null }]);
    // No PIN yet: the first one is chosen at setup or on the PIN pad.
    expect(staff).toBe(0);
  });

  it('hold one staff row at most, and only hashes in it', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), MIGRATIONS);
    const insert = db.prepare('INSERT INTO staff_access (id, pin_hash, recovery_hash) VALUES (?, ?, ?)');
    expect(() => insert.run(1, '1234', 'scrypt$x')).toThrow(/CHECK/);
    insert.run(1, 'scrypt$a', 'scrypt$b');
    expect(() => insert.run(2, 'scrypt$a', 'scrypt$b')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO visit_event (visit_id, kind, hour, assisted) VALUES ('00000000-0000-4000-8000-000000000002', 'visit_started', '2026-12-05T10', 2)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
