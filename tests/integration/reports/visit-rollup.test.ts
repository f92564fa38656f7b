import { describe, expect, it } from 'vitest';
import { createVisitRollupRepository } from '../../../electron/core/reports/visit-rollup.repository.ts';
import { logDatabase, rollupRows, visitNo, writeRows, type LogRow } from '../../support/visit-log.ts';

const FACETIME = 'iphone-turn-off-facetime';
const A = visitNo(1);
const B = visitNo(2);
const C = visitNo(3);

const dirty = (db: ReturnType<typeof logDatabase>) =>
  db.prepare('SELECT day FROM visit_rollup_dirty ORDER BY day').pluck().all();
const rawCount = (db: ReturnType<typeof logDatabase>) => db.prepare('SELECT count(*) FROM visit_event').pluck().get();

/** Visit A (assisted) runs past midnight; B opens the same guide twice; C prints a bilingual sheet. */
const DAY_ONE: LogRow[] = [
  {
    visitId: A,
    kind: 'visit_started',
    hour: '2026-08-01T23',
    locale: 'vi',
    assisted: 1,
    contentVersion: 'abc123abc123',
  },
  { visitId: A, kind: 'tutorial_opened', hour: '2026-08-01T23', tutorialId: FACETIME, locale: 'vi' },
  { visitId: A, kind: 'tutorial_completed', hour: '2026-08-02T00', tutorialId: FACETIME },
  { visitId: B, kind: 'visit_started', hour: '2026-08-01T10', locale: 'vi', assisted: 0 },
  { visitId: B, kind: 'tutorial_opened', hour: '2026-08-01T10', tutorialId: FACETIME, locale: 'vi' },
  { visitId: B, kind: 'tutorial_opened', hour: '2026-08-01T11', tutorialId: FACETIME, locale: 'vi' },
  { visitId: C, kind: 'checklist_printed', hour: '2026-08-02T09', locale: 'ar', secondLocale: 'en' },
];

const row = (r: Partial<ReturnType<typeof rollupRows>[number]>) => ({
  locale: '',
  second_locale: '',
  tutorial_id: '',
  answer_id: '',
  assisted: 0,
  content_version: '',
  ...r,
});

const COUNTED = [
  row({ day: '2026-08-01', kind: 'tutorial_opened', locale: 'vi', tutorial_id: FACETIME, events: 2, visits: 1 }),
  row({
    day: '2026-08-01',
    kind: 'tutorial_opened',
    locale: 'vi',
    tutorial_id: FACETIME,
    events: 1,
    visits: 1,
    assisted: 1,
  }),
  row({ day: '2026-08-01', kind: 'visit_started', locale: 'vi', events: 1, visits: 1 }),
  row({
    day: '2026-08-01',
    kind: 'visit_started',
    locale: 'vi',
    assisted: 1,
    content_version: 'abc123abc123',
    events: 1,
    visits: 1,
  }),
  row({ day: '2026-08-02', kind: 'checklist_printed', locale: 'ar', second_locale: 'en', events: 1, visits: 1 }),
  // After midnight, A is still the assisted visit it was when it started.
  row({ day: '2026-08-02', kind: 'tutorial_completed', tutorial_id: FACETIME, assisted: 1, events: 1, visits: 1 }),
];

describe('the visit rollup', () => {
  it('count the days the log marked, events and distinct visits, with the visit’s assisted flag on every count', () => {
    const db = logDatabase();
    writeRows(db, DAY_ONE);
    expect(dirty(db)).toEqual(['2026-08-01', '2026-08-02']);
    const recounted: string[][] = [];
    const rollup = createVisitRollupRepository(db, { recounted: (days) => recounted.push([...days]) });
    expect(rollup.refresh()).toBe(2);
    // The report's kept figures of these days are read afresh.
    expect(recounted).toEqual([['2026-08-01', '2026-08-02']]);
    expect(rollupRows(db)).toEqual(COUNTED);
    expect(dirty(db)).toEqual([]);
    // Idempotent: nothing marked, nothing counted, nothing changed; the raw log stays until retention.
    expect(rollup.refresh()).toBe(0);
    expect(rollupRows(db)).toEqual(COUNTED);
    expect(rawCount(db)).toBe(DAY_ONE.length);
    expect(recounted).toHaveLength(1);
    // The kiosk's own writes stay fsynced: the refresh put synchronous back to FULL (2).
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('recount only the marked days, from scratch, so a visit refreshed in the middle counts once', () => {
    const db = logDatabase();
    const rollup = createVisitRollupRepository(db);
    writeRows(db, DAY_ONE);
    rollup.refresh();
    // A day nobody marked is not read again: a stray row there stays as it is.
    db.prepare(
      "INSERT INTO visit_rollup (day, kind, events, visits) VALUES ('2026-07-01', 'visit_started', 9, 9)",
    ).run();
    writeRows(db, [{ visitId: B, kind: 'tutorial_opened', hour: '2026-08-01T12', tutorialId: FACETIME, locale: 'vi' }]);
    expect(dirty(db)).toEqual(['2026-08-01']);
    expect(rollup.refresh()).toBe(1);
    const rows = rollupRows(db);
    expect(rows[0]).toMatchObject({ day: '2026-07-01', events: 9 });
    expect(rows).toContainEqual(
      row({ day: '2026-08-01', kind: 'tutorial_opened', locale: 'vi', tutorial_id: FACETIME, events: 3, visits: 1 }),
    );
    db.close();
  });

  it('purge: count, delete raw events before the cutoff, and make final the days they were on, never fewer', () => {
    const db = logDatabase();
    const rollup = createVisitRollupRepository(db);
    writeRows(db, DAY_ONE);
    expect(rollup.purgedBefore()).toBeNull();
    expect(rollup.purge('2026-08-02')).toBe(5);
    expect(rollupRows(db)).toEqual(COUNTED);
    expect(db.prepare('SELECT min(hour) FROM visit_event').pluck().get()).toBe('2026-08-02T00');
    expect(rollup.purgedBefore()).toBe('2026-08-02');
    expect(rollup.purge('2026-07-01')).toBe(0);
    expect(rollup.purgedBefore()).toBe('2026-08-02');
    expect(rollup.purge('2026-09-01')).toBe(2);
    expect(rollupRows(db)).toEqual(COUNTED);
    expect(rawCount(db)).toBe(0);
    // Days that never had an event are not made final: one written later for them is counted from raw.
    expect(rollup.purgedBefore()).toBe('2026-08-03');
    expect(rollup.purge('2026-10-01')).toBe(0);
    expect(rollup.purgedBefore()).toBe('2026-08-03');
    db.close();
  });

  it('keep the assisted flag of a visit whose start was purged, when its day after midnight is counted again', () => {
    const db = logDatabase();
    const rollup = createVisitRollupRepository(db);
    writeRows(db, DAY_ONE);
    rollup.purge('2026-08-02');
    // 2 August is still raw: an event for it marks it, and it is counted again without A's visit_started.
    writeRows(db, [{ visitId: C, kind: 'checklist_printed', hour: '2026-08-02T10', locale: 'ar', secondLocale: 'en' }]);
    rollup.refresh();
    expect(rollupRows(db)).toContainEqual(
      row({ day: '2026-08-02', kind: 'tutorial_completed', tutorial_id: FACETIME, assisted: 1, events: 1, visits: 1 }),
    );
    expect(rollupRows(db)).toContainEqual(
      row({ day: '2026-08-02', kind: 'checklist_printed', locale: 'ar', second_locale: 'en', events: 2, visits: 1 }),
    );
    db.close();
  });

  it('add a late event for a purged day (a clock set back) to its counts once, visits then an upper bound', () => {
    const db = logDatabase();
    const rollup = createVisitRollupRepository(db);
    writeRows(db, DAY_ONE);
    rollup.purge('2026-08-03');
    const late: LogRow = {
      visitId: B,
      kind: 'tutorial_opened',
      hour: '2026-08-01T15',
      tutorialId: FACETIME,
      locale: 'vi',
    };
    writeRows(db, [late]);
    rollup.refresh();
    rollup.refresh();
    const opened = row({ day: '2026-08-01', kind: 'tutorial_opened', locale: 'vi', tutorial_id: FACETIME });
    // B had been counted on that day already: its raw events are gone, so it counts again (2, not 1).
    expect(rollupRows(db)).toContainEqual({ ...opened, events: 3, visits: 2 });
    // The late event went the way of its day, so no later refresh can add it again.
    expect(rawCount(db)).toBe(0);
    writeRows(db, [late]);
    rollup.refresh();
    expect(rollupRows(db)).toContainEqual({ ...opened, events: 4, visits: 3 });
    db.close();
  });
});
