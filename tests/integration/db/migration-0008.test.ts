import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { createVisitRollupRepository } from '../../../electron/core/reports/visit-rollup.repository.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';
import { rollupRows, visitNo, writeRows } from '../../support/visit-log.ts';

const MIGRATIONS = migrationsDir(REPO_ROOT);

/** A database as the previous version left it: migrated up to 0007, with expired days counted and raw days kept. */
function databaseAt0007() {
  const dir = tempDir();
  const old = join(dir, 'migrations');
  mkdirSync(old);
  for (const file of readdirSync(MIGRATIONS).filter((f) => f < '0008'))
    copyFileSync(join(MIGRATIONS, file), join(old, file));
  const file = join(dir, 'kiosk.sqlite');
  const db = openDatabase(file, old);
  db.prepare(
    `INSERT INTO visit_daily (day, kind, locale, tutorial_id, answer_id, assisted, events) VALUES
     ('2026-08-01', 'visit_started', 'vi', '', '', 1, 3),
     ('2026-08-02', 'tutorial_opened', 'vi', 'iphone-turn-off-facetime', '', 0, 5)`,
  ).run();
  const raw = db.prepare('INSERT INTO visit_event (visit_id, kind, locale, assisted, hour) VALUES (?, ?, ?, ?, ?)');
  raw.run(visitNo(1), 'visit_started', 'ar', 1, '2026-11-05T10');
  raw.run(visitNo(1), 'help_requested', null, null, '2026-11-06T00');
  db.close();
  return file;
}

describe('migration 0008', () => {
  it('bring the expired days across with visits = events, as final days, and mark the raw days to count', () => {
    const db = openDatabase(databaseAt0007(), MIGRATIONS);
    expect(
      db.prepare('SELECT day, kind, assisted, events, visits, second_locale, content_version FROM visit_rollup').all(),
    ).toEqual([
      {
        day: '2026-08-01',
        kind: 'visit_started',
        assisted: 1,
        events: 3,
        visits: 3,
        second_locale: '',
        content_version: '',
      },
      {
        day: '2026-08-02',
        kind: 'tutorial_opened',
        assisted: 0,
        events: 5,
        visits: 5,
        second_locale: '',
        content_version: '',
      },
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'visit_daily'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT day FROM visit_rollup_dirty ORDER BY day').pluck().all()).toEqual([
      '2026-11-05',
      '2026-11-06',
    ]);
    const rollup = createVisitRollupRepository(db);
    expect(rollup.purgedBefore()).toBe('2026-08-03');
    // The first refresh counts the raw days; the days that came across stay as they were.
    rollup.refresh();
    expect(rollupRows(db).map((r) => [r.day, r.kind, r.assisted, r.visits])).toEqual([
      ['2026-08-01', 'visit_started', 1, 3],
      ['2026-08-02', 'tutorial_opened', 0, 5],
      ['2026-11-05', 'visit_started', 1, 1],
      ['2026-11-06', 'help_requested', 1, 1],
    ]);
    db.close();
  });

  it('mark the day of every event written afterwards, once, and keep no hour or visit in the rollup', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), MIGRATIONS);
    expect(createVisitRollupRepository(db).purgedBefore()).toBeNull();
    writeRows(db, [
      { visitId: visitNo(7), kind: 'visit_started', hour: '2026-12-01T09' },
      { visitId: visitNo(7), kind: 'help_requested', hour: '2026-12-01T10' },
      { visitId: visitNo(8), kind: 'visit_started', hour: '2026-12-03T23' },
    ]);
    expect(db.prepare('SELECT day FROM visit_rollup_dirty ORDER BY day').pluck().all()).toEqual([
      '2026-12-01',
      '2026-12-03',
    ]);
    createVisitRollupRepository(db).refresh();
    const everything = JSON.stringify(rollupRows(db));
    expect(everything).not.toContain(visitNo(7));
    expect(everything).not.toMatch(/T\d\d/);
    expect(() =>
      db.prepare("INSERT INTO visit_rollup (day, kind, events, visits) VALUES ('2026-12-01', 'x', 1, 2)").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
