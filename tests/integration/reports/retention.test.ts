import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { HOUR_MS, startVisitLogRetention, type RetentionTimers } from '../../../electron/core/reports/retention.ts';
import { createVisitRollupRepository } from '../../../electron/core/reports/visit-rollup.repository.ts';
import { createSettingsRepository } from '../../../electron/core/settings/settings.repository.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff } from '../../support/staff.ts';
import { logDatabase, visitNo, writeRows } from '../../support/visit-log.ts';

const FACETIME = 'iphone-turn-off-facetime';

const raw = (db: Database.Database) => db.prepare('SELECT hour, kind FROM visit_event ORDER BY id').raw().all();

describe('the visit log keeps raw events for visitLog.retentionDays (90 by default), then only daily counts', () => {
  it('purge at start, count new events each hour, purge again once the local day changes, and stop on close', () => {
    const db = logDatabase();
    const { timers, tick, state } = manualTimers();
    const calls: string[] = [];
    const rollup = createVisitRollupRepository(db);
    let now = new Date(2026, 10, 1, 9);
    writeRows(db, [
      { visitId: visitNo(1), kind: 'visit_started', hour: '2026-08-02T10', locale: 'en' },
      { visitId: visitNo(2), kind: 'visit_started', hour: '2026-08-03T00', locale: 'en' },
    ]);
    const retention = startVisitLogRetention({
      repo: {
        refresh: () => (calls.push('refresh'), rollup.refresh()),
        purge: (cutoff) => (calls.push(`purge ${cutoff}`), rollup.purge(cutoff)),
      },
      now: () => now,
      retentionDays: () => 90,
      warn: () => {},
      timers,
    });
    expect(state).toMatchObject({ every: HOUR_MS, unrefd: true, cleared: false });
    // 3 August is exactly 90 days before 1 November: kept, with everything after it.
    expect(calls).toEqual(['purge 2026-08-03']);
    expect(raw(db)).toEqual([['2026-08-03T00', 'visit_started']]);
    writeRows(db, [{ visitId: visitNo(3), kind: 'visit_started', hour: '2026-11-01T10', locale: 'ar' }]);
    now = new Date(2026, 10, 1, 10);
    tick();
    expect(calls.at(-1)).toBe('refresh');
    expect(db.prepare("SELECT visits FROM visit_rollup WHERE day = '2026-11-01'").pluck().get()).toBe(1);
    now = new Date(2026, 10, 2, 0, 5);
    tick();
    tick();
    expect(calls.slice(2)).toEqual(['purge 2026-08-04', 'refresh']);
    expect(raw(db)).toEqual([['2026-11-01T10', 'visit_started']]);
    retention.stop();
    expect(state.cleared).toBe(true);
    db.close();
  });

  it('read the setting at each purge: setup may shorten it while the kiosk runs', () => {
    const cutoffs: string[] = [];
    let days = 90;
    let now = new Date(2026, 10, 1, 9);
    const { timers, tick } = manualTimers();
    startVisitLogRetention({
      repo: { refresh: () => 0, purge: (cutoff) => (cutoffs.push(cutoff), 0) },
      now: () => now,
      retentionDays: () => days,
      warn: () => {},
      timers,
    });
    days = 7;
    now = new Date(2026, 10, 2, 9);
    tick();
    expect(cutoffs).toEqual(['2026-08-03', '2026-10-26']);
  });

  it('log a failed run and try again at the next hour, never stopping the kiosk', () => {
    const warnings: string[] = [];
    let fail = true;
    let purges = 0;
    const { timers, tick } = manualTimers();
    const retention = startVisitLogRetention({
      repo: {
        refresh: () => 0,
        purge: () => {
          purges += 1;
          if (fail) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
          return 0;
        },
      },
      now: () => new Date(2026, 10, 1),
      retentionDays: () => 90,
      warn: (m) => warnings.push(m),
      timers,
    });
    expect(warnings).toEqual([expect.stringContaining('disk is full')]);
    fail = false;
    // The purge that failed is still due: the next hour tries it, not the next day.
    tick();
    tick();
    expect(purges).toBe(2);
    expect(warnings).toHaveLength(1);
    retention.stop();
  });

  it('expire raw events at the next start after the shorter period a centre set', async () => {
    let now = new Date(2026, 7, 1, 10, 20);
    const first = testKiosk({ now: () => now });
    await call(first, 'startVisit', { locale: 'vi' });
    first.close();
    // The centre's settings as setup stores them, with a week's raw log.
    const file = join(first.dataDir, DATABASE_FILE);
    const stored = new Database(file);
    const settings = createSettingsRepository(stored);
    const json = JSON.parse(settings.read()!.json) as { visitLog: { retentionDays: number } };
    settings.write({ json: JSON.stringify({ ...json, visitLog: { retentionDays: 7 } }), provisionedFrom: null });
    stored.close();
    now = new Date(2026, 7, 9, 9); // 8 days on: counted and gone
    testKiosk({ dataDir: first.dataDir, now: () => now }).close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM visit_event').pluck().get()).toBe(0);
    expect(db.prepare("SELECT visits FROM visit_rollup WHERE kind = 'visit_started'").pluck().get()).toBe(1);
    db.close();
  });

  it('expire a real visit at the next start after the retention period, keeping its counts', async () => {
    let now = new Date(2026, 7, 1, 10, 20);
    const first = testKiosk({ now: () => now });
    const { visitId } = await call<{ visitId: string }>(first, 'startVisit', { locale: 'vi' });
    const answers = {
      phone: ['phone-iphone'],
      apps: ['apps-whatsapp'],
      'stranger-call': ['stranger-call-yes'],
      'asked-to-share': ['asked-to-share-yes'],
    };
    await call(first, 'makePlan', { locale: 'vi', answers, visitId });
    await call(first, 'openTutorial', { tutorialId: FACETIME, locale: 'vi', visitId });
    first.close();

    now = new Date(2026, 9, 30, 9); // 90 days on: still raw
    testKiosk({ dataDir: first.dataDir, now: () => now }).close();
    const kept = new Database(join(first.dataDir, DATABASE_FILE), { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM visit_event WHERE visit_id = ?').pluck().get(visitId)).toBe(7);
    kept.close();

    now = new Date(2026, 9, 31, 9); // 91 days on: counted and gone
    testKiosk({ dataDir: first.dataDir, now: () => now }).close();
    const db = new Database(join(first.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM visit_event').pluck().get()).toBe(0);
    const counts = db
      .prepare('SELECT kind, locale, tutorial_id, events FROM visit_rollup WHERE day = ? ORDER BY kind')
      .all('2026-08-01');
    const everything = JSON.stringify(db.prepare('SELECT * FROM visit_rollup').all());
    db.close();
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'visit_started', locale: 'vi', tutorial_id: '', events: 1 },
        { kind: 'tutorial_opened', locale: 'vi', tutorial_id: FACETIME, events: 1 },
        { kind: 'plan_shown', locale: 'vi', tutorial_id: '', events: 1 },
        { kind: 'question_answered', locale: '', tutorial_id: '', events: 1 },
      ]),
    );
    expect(everything).not.toContain(visitId);
    expect(everything).not.toMatch(/T\d\d/);
  });

  it('keep in the daily counts how many visits staff assisted', async () => {
    let now = new Date(2026, 7, 1, 10);
    const first = testKiosk({ now: () => now });
    const staff = await signInStaff(first);
    await call(first, 'startVisit', { locale: 'ar', assisted: true }, staff);
    await call(first, 'startVisit', { locale: 'ar', assisted: true }, staff);
    await call(first, 'startVisit', { locale: 'ar' });
    first.close();

    now = new Date(2026, 9, 31, 9);
    testKiosk({ dataDir: first.dataDir, now: () => now }).close();
    const db = new Database(join(first.dataDir, DATABASE_FILE), { readonly: true });
    const started = db
      .prepare("SELECT assisted, events FROM visit_rollup WHERE kind = 'visit_started' ORDER BY assisted")
      .all();
    db.close();
    expect(started).toEqual([
      { assisted: 0, events: 1 },
      { assisted: 1, events: 2 },
    ]);
  });
});

/** Timers a test fires by hand: one interval, its period, whether it was unref'd and cleared. */
function manualTimers() {
  const state = { every: 0, unrefd: false, cleared: false };
  let run: () => void = () => {};
  const handle = {
    unref: () => {
      state.unrefd = true;
      return handle;
    },
  };
  const timers: RetentionTimers = {
    setInterval: (fn, ms) => {
      run = fn;
      state.every = ms;
      return handle;
    },
    clearInterval: () => {
      state.cleared = true;
    },
  };
  return { timers, state, tick: () => run() };
}
