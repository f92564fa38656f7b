import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/open-database.ts';
import { DATABASE_FILE, migrationsDir } from '../../../electron/core/create-core.ts';
import { DAY_MS, startVisitLogRetention, type RetentionTimers } from '../../../electron/core/visits/retention.ts';
import { createVisitRollupRepository } from '../../../electron/core/visits/visit-rollup.repository.ts';
import { createVisitsRepository, type VisitEventRow } from '../../../electron/core/visits/visits.repository.ts';
import { VISIT_LOG_RETENTION_DAYS } from '../../../shared/events.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff } from '../../support/staff.ts';

const FACETIME = 'iphone-turn-off-facetime';
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

function database(): Db {
  return openDatabase(join(tempDir(), 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
}

function event(
  visitId: string,
  kind: VisitEventRow['kind'],
  hour: string,
  extra: Partial<VisitEventRow> = {},
): VisitEventRow {
  return {
    visitId,
    kind,
    tutorialId: null,
    locale: null,
    stepIndex: null,
    answerId: null,
    assisted: null,
    hour,
    ...extra,
  };
}

/** Two visits on 1 August, one on 3 August (the first day still kept on 1 November), one on 31 October. */
function fillLog(db: Db) {
  const repo = createVisitsRepository(db);
  for (const e of [
    event(A, 'visit_started', '2026-08-01T10', { locale: 'zh-Hant' }),
    event(A, 'question_answered', '2026-08-01T10', { answerId: 'asked-to-share-yes' }),
    event(A, 'tutorial_opened', '2026-08-01T10', { tutorialId: FACETIME, locale: 'zh-Hant' }),
    event(A, 'tutorial_step_viewed', '2026-08-01T10', { tutorialId: FACETIME, stepIndex: 0 }),
    event(A, 'tutorial_step_viewed', '2026-08-01T11', { tutorialId: FACETIME, stepIndex: 1 }),
    event(B, 'visit_started', '2026-08-01T16', { locale: 'zh-Hant' }),
    event(B, 'question_answered', '2026-08-01T16', { answerId: 'asked-to-share-yes' }),
    event(B, 'tutorial_opened', '2026-08-02T09', { tutorialId: FACETIME, locale: 'ar' }),
    event(C, 'visit_started', '2026-08-03T00', { locale: 'ko' }),
    event(C, 'visit_started', '2026-10-31T15', { locale: 'es' }),
  ]) {
    repo.insert(e);
  }
}

const raw = (db: Db) => db.prepare('SELECT hour, kind FROM visit_event ORDER BY id').raw().all();
const daily = (db: Db) =>
  db.prepare('SELECT day, kind, locale, tutorial_id, answer_id, events FROM visit_rollup ORDER BY 1, 2, 3, 4, 5').all();

const ROLLED_UP = [
  {
    day: '2026-08-01',
    kind: 'question_answered',
    locale: '',
    tutorial_id: '',
    answer_id: 'asked-to-share-yes',
    events: 2,
  },
  { day: '2026-08-01', kind: 'tutorial_opened', locale: 'zh-Hant', tutorial_id: FACETIME, answer_id: '', events: 1 },
  { day: '2026-08-01', kind: 'tutorial_step_viewed', locale: '', tutorial_id: FACETIME, answer_id: '', events: 2 },
  { day: '2026-08-01', kind: 'visit_started', locale: 'zh-Hant', tutorial_id: '', answer_id: '', events: 2 },
  { day: '2026-08-02', kind: 'tutorial_opened', locale: 'ar', tutorial_id: FACETIME, answer_id: '', events: 1 },
];

describe(`the visit log keeps raw events for ${VISIT_LOG_RETENTION_DAYS} days, then only daily counts`, () => {
  it('fold events older than the retention period into daily counts and delete them; newer ones stay as they were', () => {
    const db = database();
    fillLog(db);
    const retention = startVisitLogRetention({
      repo: createVisitRollupRepository(db),
      now: () => new Date(2026, 10, 1, 9),
      warn: () => {},
      timers: manualTimers().timers,
    });
    expect(daily(db)).toEqual(ROLLED_UP);
    // 3 August is exactly 90 days before 1 November: kept, with everything after it.
    expect(raw(db)).toEqual([
      ['2026-08-03T00', 'visit_started'],
      ['2026-10-31T15', 'visit_started'],
    ]);
    expect(db.prepare('SELECT count(*) FROM visit_rollup WHERE day >= ?').pluck().get('2026-08-03')).toBe(0);
    retention.stop();
    db.close();
  });

  it('count nothing twice: a second run adds nothing, and an event that turns up late for a counted day is added once', () => {
    const db = database();
    fillLog(db);
    const repo = createVisitRollupRepository(db);
    expect(repo.rollUpBefore('2026-08-03')).toBe(8);
    expect(repo.rollUpBefore('2026-08-03')).toBe(0);
    expect(daily(db)).toEqual(ROLLED_UP);
    // A kiosk whose clock was wrong wrote one more event on 1 August.
    createVisitsRepository(db).insert(event(C, 'visit_started', '2026-08-01T12', { locale: 'zh-Hant' }));
    repo.rollUpBefore('2026-08-03');
    expect(daily(db)).toEqual(ROLLED_UP.map((r) => (r.kind === 'visit_started' ? { ...r, events: 3 } : r)));
    db.close();
  });

  it('run at start and then once a day, on a timer that never keeps the process alive, and stop on close', () => {
    const db = database();
    const { timers, tick, state } = manualTimers();
    let now = new Date(2026, 7, 1, 10);
    createVisitsRepository(db).insert(event(A, 'visit_started', '2026-08-01T10', { locale: 'en' }));
    const retention = startVisitLogRetention({
      repo: createVisitRollupRepository(db),
      now: () => now,
      warn: () => {},
      timers,
    });
    expect(state).toMatchObject({ every: DAY_MS, unrefd: true, cleared: false });
    expect(raw(db)).toHaveLength(1);
    now = new Date(2026, 9, 31, 10); // 91 days later
    tick();
    expect(raw(db)).toEqual([]);
    expect(daily(db)).toEqual([
      { day: '2026-08-01', kind: 'visit_started', locale: 'en', tutorial_id: '', answer_id: '', events: 1 },
    ]);
    retention.stop();
    expect(state.cleared).toBe(true);
    db.close();
  });

  it('log a failed run and try again the next day, never stopping the kiosk', () => {
    const warnings: string[] = [];
    let fail = true;
    const { timers, tick } = manualTimers();
    const retention = startVisitLogRetention({
      repo: {
        rollUpBefore: () => {
          if (fail) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
          return 0;
        },
      },
      now: () => new Date(2026, 10, 1),
      warn: (m) => warnings.push(m),
      timers,
    });
    expect(warnings).toEqual([expect.stringContaining('disk is full')]);
    fail = false;
    tick();
    expect(warnings).toHaveLength(1);
    retention.stop();
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
