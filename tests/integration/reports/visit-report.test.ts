import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import type { CallResponse } from '../../../shared/api.ts';
import type { VisitReport } from '../../../shared/report-schema.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';
import { visitNo, writeRows, type LogRow } from '../../support/visit-log.ts';

const FACETIME = 'iphone-turn-off-facetime';
const REMOVED = 'a-guide-since-removed';

/** A visit: its start, then its events in the same hour unless they say otherwise. */
function visit(n: number, hour: string, start: Partial<LogRow>, events: Partial<LogRow>[] = []): LogRow[] {
  const visitId = visitNo(n);
  return [
    { visitId, kind: 'visit_started', hour, assisted: 0, ...start },
    ...events.map((e) => ({ visitId, kind: 'tutorial_opened', hour, ...e })),
  ];
}

/** Writes rows as the kiosk's own log would hold them, through a second connection (WAL lets both in). */
function logged(dataDir: string, rows: LogRow[]) {
  const db = new Database(join(dataDir, DATABASE_FILE));
  writeRows(db, rows);
  db.close();
}

const report = (kiosk: ReturnType<typeof testKiosk>, from: string, to: string, locale = 'en') =>
  staffCall<VisitReport>(kiosk, 'getVisitReport', { from, to, locale });

describe('getVisitReport', () => {
  it('answer a range with nothing in it: every day a zero, the centre and kiosk named', async () => {
    const kiosk = testKiosk();
    const empty = await report(kiosk, '2026-08-01', '2026-08-03');
    const settings = await call<CallResponse<'getSettings'>>(kiosk, 'getSettings', {});
    expect(empty).toEqual({
      range: { from: '2026-08-01', to: '2026-08-03' },
      step: 'day',
      centreName: settings.centreName,
      kioskLabel: settings.kioskLabel,
      contentVersions: [],
      visits: { total: 0, assisted: 0, selfGuided: 0 },
      series: ['2026-08-01', '2026-08-02', '2026-08-03'].map((start) => ({ start, visits: 0, assisted: 0 })),
      languages: [],
      guides: [],
      checklists: { plans: 0, shown: 0, printed: 0, printFailed: 0, sentToBrowser: 0, resumed: 0 },
      help: { helpRequested: 0, scamNow: 0, afterScam: 0 },
    });
  });

  it('count visits from the rollup, both ends of the range included, guides in the report’s language', async () => {
    const kiosk = testKiosk();
    logged(kiosk.dataDir, [
      // The day before the range: not counted.
      ...visit(1, '2026-07-31T18', { locale: 'es' }, [{ tutorialId: FACETIME, locale: 'es' }]),
      ...visit(2, '2026-08-01T09', { locale: 'zh-Hant', contentVersion: 'aaaaaaaaaaaa' }, [
        { tutorialId: FACETIME, locale: 'zh-Hant' },
        { tutorialId: FACETIME, locale: 'zh-Hant' },
        { kind: 'tutorial_completed', tutorialId: FACETIME },
        { kind: 'step_looked_different', tutorialId: FACETIME, stepIndex: 2 },
        { kind: 'plan_shown', locale: 'zh-Hant' },
        { kind: 'checklist_shown', locale: 'zh-Hant' },
        { kind: 'checklist_printed', locale: 'zh-Hant', secondLocale: 'en' },
        { kind: 'checklist_printed', locale: 'zh-Hant', secondLocale: 'en' },
      ]),
      ...visit(3, '2026-08-01T10', { locale: 'zh-Hant', assisted: 1, contentVersion: 'bbbbbbbbbbbb' }, [
        { tutorialId: REMOVED, locale: 'zh-Hant' },
        { kind: 'help_requested' },
        { kind: 'print_failed', locale: 'zh-Hant' },
      ]),
      ...visit(4, '2026-08-03T23', { locale: 'ar' }, [
        { tutorialId: FACETIME, locale: 'ar' },
        // Past midnight: the visit counts on the 4th too, once on each day.
        { kind: 'tutorial_completed', tutorialId: FACETIME, hour: '2026-08-04T00' },
        { kind: 'scam_now_opened', hour: '2026-08-04T00' },
        { kind: 'after_scam_opened', hour: '2026-08-04T00' },
        { kind: 'print_sent_to_browser', locale: 'ar', hour: '2026-08-04T00' },
        { kind: 'checklist_resumed', hour: '2026-08-04T00' },
      ]),
      // The day after the range: not counted.
      ...visit(5, '2026-08-05T08', { locale: 'ar' }),
    ]);
    const zh = await report(kiosk, '2026-08-01', '2026-08-04', 'zh-Hant');
    const titles = await call<CallResponse<'listTutorials'>>(kiosk, 'listTutorials', { locale: 'zh-Hant' });
    const facetimeTitle = titles.tutorials.find((t) => t.id === FACETIME)!.title;
    expect(zh).toMatchObject({
      step: 'day',
      contentVersions: ['aaaaaaaaaaaa', 'bbbbbbbbbbbb'],
      visits: { total: 3, assisted: 1, selfGuided: 2 },
      series: [
        { start: '2026-08-01', visits: 2, assisted: 1 },
        { start: '2026-08-02', visits: 0, assisted: 0 },
        { start: '2026-08-03', visits: 1, assisted: 0 },
        { start: '2026-08-04', visits: 0, assisted: 0 },
      ],
      languages: [
        { locale: 'zh-Hant', visits: 2 },
        { locale: 'ar', visits: 1 },
      ],
      guides: [
        { tutorialId: FACETIME, title: facetimeTitle, opened: 2, completed: 2, lookedDifferent: 1 },
        // A guide the content no longer has keeps its id for a name.
        { tutorialId: REMOVED, title: REMOVED, opened: 1, completed: 0, lookedDifferent: 0 },
      ],
      // Visits, not events: visit 2 printed twice and counts once.
      checklists: { plans: 1, shown: 1, printed: 1, printFailed: 1, sentToBrowser: 1, resumed: 1 },
      help: { helpRequested: 1, scamNow: 1, afterScam: 1 },
    });
    const en = await report(kiosk, '2026-08-01', '2026-08-04', 'en');
    expect(en.guides[0]!.title).not.toBe(facetimeTitle);
    expect({ ...en, guides: [] }).toEqual({ ...zh, guides: [] });
  });

  it('step by ISO week past 31 days and by month past 26 weeks, every step present', async () => {
    const kiosk = testKiosk();
    logged(kiosk.dataDir, [
      ...visit(1, '2026-08-09T10', { locale: 'en' }),
      ...visit(2, '2026-08-10T10', { locale: 'en', assisted: 1 }),
      ...visit(3, '2026-09-13T10', { locale: 'en' }),
    ]);
    const weeks = await report(kiosk, '2026-08-05', '2026-09-13');
    expect(weeks.step).toBe('week');
    expect(weeks.series).toEqual([
      { start: '2026-08-05', visits: 1, assisted: 0 },
      { start: '2026-08-10', visits: 1, assisted: 1 },
      { start: '2026-08-17', visits: 0, assisted: 0 },
      { start: '2026-08-24', visits: 0, assisted: 0 },
      { start: '2026-08-31', visits: 0, assisted: 0 },
      { start: '2026-09-07', visits: 1, assisted: 0 },
    ]);
    const months = await report(kiosk, '2026-01-01', '2026-12-31');
    expect(months.step).toBe('month');
    expect(months.series).toHaveLength(12);
    expect(months.series[7]).toEqual({ start: '2026-08-01', visits: 2, assisted: 1 });
    expect(months.series[8]).toEqual({ start: '2026-09-01', visits: 1, assisted: 0 });
    expect(months.visits.total).toBe(3);
  });

  it('read a day again once the rollup counted it again: events after a report are in the next one', async () => {
    const kiosk = testKiosk();
    logged(kiosk.dataDir, visit(1, '2026-08-01T10', { locale: 'vi' }));
    expect((await report(kiosk, '2026-08-01', '2026-08-02')).visits.total).toBe(1);
    logged(kiosk.dataDir, [
      ...visit(2, '2026-08-01T11', { locale: 'vi', assisted: 1 }),
      ...visit(3, '2026-08-02T11', { locale: 'es' }),
    ]);
    const again = await report(kiosk, '2026-08-01', '2026-08-02');
    expect(again.series).toEqual([
      { start: '2026-08-01', visits: 2, assisted: 1 },
      { start: '2026-08-02', visits: 1, assisted: 0 },
    ]);
  });

  it('give the same numbers once the raw events are gone: a report reads the rollup only', async () => {
    let now = new Date(2026, 7, 6, 9);
    const kiosk = testKiosk({ now: () => now });
    logged(kiosk.dataDir, [
      ...visit(1, '2026-08-01T10', { locale: 'vi' }, [{ tutorialId: FACETIME, locale: 'vi' }]),
      ...visit(2, '2026-08-02T10', { locale: 'ko', assisted: 1 }, [{ kind: 'checklist_printed', locale: 'ko' }]),
    ]);
    const before = await report(kiosk, '2026-08-01', '2026-08-05');
    kiosk.close();
    now = new Date(2026, 11, 1, 9);
    const later = testKiosk({ dataDir: kiosk.dataDir, now: () => now });
    const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM visit_event').pluck().get()).toBe(0);
    db.close();
    expect(await report(later, '2026-08-01', '2026-08-05')).toEqual(before);
    expect(before.visits).toEqual({ total: 2, assisted: 1, selfGuided: 1 });
  });
});
