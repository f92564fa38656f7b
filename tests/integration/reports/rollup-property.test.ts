import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createVisitRollupRepository } from '../../../electron/core/reports/visit-rollup.repository.ts';
import { logDatabase, rollupRows, visitNo, writeRows, type LogRow, type RollupRow } from '../../support/visit-log.ts';

/*
 * The rollup against a shadow copy of every event ever written: over random streams of visits (random
 * kinds, languages, guides, answers, assisted or not, on random days in random order, some running past
 * midnight), with refreshes and purges at random cutoffs between them, the rollup always equals the counts
 * computed straight from the shadow, and a second refresh changes nothing.
 *
 * Visits are written whole between two runs of the upkeep: a visit lasts minutes and the purge runs once a
 * day, so the case left out (a purge, or a refresh of a purged day, in the middle of one visit) is the one
 * the repository documents as an upper bound.
 */

const DAY0 = Date.UTC(2026, 7, 1);
const hourOf = (day: number, hour: number) => new Date(DAY0 + (day * 24 + hour) * 3_600_000).toISOString().slice(0, 13);
const dayOf = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

const LOCALES = ['en', 'zh-Hant', 'ar'] as const;
const GUIDES = ['guide-a', 'guide-b'] as const;

const eventArb = fc.oneof(
  fc.record({
    kind: fc.constant('tutorial_opened'),
    tutorialId: fc.constantFrom(...GUIDES),
    locale: fc.constantFrom(...LOCALES),
  }),
  fc.record({ kind: fc.constant('tutorial_completed'), tutorialId: fc.constantFrom(...GUIDES) }),
  fc.record({ kind: fc.constant('question_answered'), answerId: fc.constantFrom('yes', 'no') }),
  fc.record({
    kind: fc.constant('checklist_printed'),
    locale: fc.constantFrom(...LOCALES),
    secondLocale: fc.constantFrom(...LOCALES),
  }),
  fc.record({ kind: fc.constant('help_requested') }),
);

const visitArb = fc.record({
  assisted: fc.boolean(),
  locale: fc.constantFrom(...LOCALES),
  contentVersion: fc.constantFrom('v1', 'v2'),
  day: fc.integer({ min: 0, max: 5 }),
  hour: fc.integer({ min: 0, max: 23 }),
  // Each event some hours after the start: a visit at 23:00 runs into the next day.
  events: fc.array(fc.tuple(eventArb, fc.integer({ min: 0, max: 2 })), { maxLength: 5 }),
});

const opArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('visit' as const), visit: visitArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('refresh' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('purge' as const), cutoff: fc.integer({ min: 0, max: 8 }) }) },
);

/** The counts straight from every event ever written, keyed as the rollup keys them. */
function shadowCounts(events: LogRow[]): RollupRow[] {
  const assisted = new Map(events.filter((e) => e.kind === 'visit_started').map((e) => [e.visitId, e.assisted ?? 0]));
  const groups = new Map<string, { row: Omit<RollupRow, 'events' | 'visits'>; events: number; visits: Set<string> }>();
  for (const e of events) {
    const row = {
      day: e.hour.slice(0, 10),
      kind: e.kind,
      locale: e.locale ?? '',
      second_locale: e.secondLocale ?? '',
      tutorial_id: e.tutorialId ?? '',
      answer_id: e.answerId ?? '',
      assisted: assisted.get(e.visitId) ?? 0,
      content_version: e.contentVersion ?? '',
    };
    const key = JSON.stringify(Object.values(row));
    const group = groups.get(key) ?? { row, events: 0, visits: new Set<string>() };
    group.events += 1;
    group.visits.add(e.visitId);
    groups.set(key, group);
  }
  const order = (r: RollupRow) =>
    [r.day, r.kind, r.locale, r.second_locale, r.tutorial_id, r.answer_id, String(r.assisted), r.content_version].join(
      '\0',
    );
  return [...groups.values()]
    .map((g) => ({ ...g.row, events: g.events, visits: g.visits.size }))
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

describe('the rollup equals the raw counts (property)', () => {
  // One real file for every run, emptied between them: opening and migrating one per run would cost seconds.
  const db = logDatabase();
  // No fsync per commit: what is measured is the counting, not the disk (the kiosk keeps FULL).
  db.pragma('synchronous = OFF');
  afterAll(() => db.close());

  it('over random streams of visits, refreshes and purges, and a refresh run twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 14 }), (ops) => {
        db.exec(
          'DELETE FROM visit_event; DELETE FROM visit_rollup; DELETE FROM visit_rollup_dirty; UPDATE visit_log_state SET purged_before = NULL',
        );
        const rollup = createVisitRollupRepository(db);
        const everything: LogRow[] = [];
        let n = 0;
        const upToDate = () => {
          expect(rollupRows(db)).toEqual(shadowCounts(everything));
          rollup.refresh();
          expect(rollupRows(db)).toEqual(shadowCounts(everything));
        };
        for (const step of ops) {
          if (step.op === 'visit') {
            const { visit } = step;
            const visitId = visitNo(++n);
            const rows: LogRow[] = [
              {
                visitId,
                kind: 'visit_started',
                hour: hourOf(visit.day, visit.hour),
                locale: visit.locale,
                assisted: visit.assisted ? 1 : 0,
                contentVersion: visit.contentVersion,
              },
              ...visit.events.map(([event, later]) => ({
                visitId,
                hour: hourOf(visit.day, visit.hour + later),
                contentVersion: visit.contentVersion,
                ...event,
              })),
            ];
            writeRows(db, rows);
            everything.push(...rows);
          } else if (step.op === 'refresh') {
            rollup.refresh();
            upToDate();
          } else {
            rollup.purge(dayOf(step.cutoff));
            upToDate();
            // Nothing before the final days stays raw.
            const purgedBefore = rollup.purgedBefore();
            if (purgedBefore !== null)
              expect(db.prepare('SELECT count(*) FROM visit_event WHERE hour < ?').pluck().get(purgedBefore)).toBe(0);
          }
        }
        rollup.refresh();
        upToDate();
      }),
      { numRuns: 100 },
    );
  });
});
