import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';

const FACETIME = 'iphone-turn-off-facetime';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function readLog(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const columns = db.prepare("SELECT name FROM pragma_table_info('visit_event') ORDER BY cid").pluck().all();
  const rows = db.prepare('SELECT * FROM visit_event ORDER BY id').all() as Array<Record<string, unknown>>;
  db.close();
  return { columns, rows };
}

describe('the visit log holds no personal data, no free text and no precise times', () => {
  it('record a whole visit with nothing but a random id, event kinds, content ids and the hour', async () => {
    const at = new Date(2026, 10, 23, 14, 37, 52);
    const kiosk = testKiosk({ now: () => at });
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'zh-Hant' });
    await call(kiosk, 'recordEvent', { visitId, kind: 'browse_viewed', locale: 'zh-Hant' });
    await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant', visitId });
    await call(kiosk, 'recordEvent', { visitId, kind: 'tutorial_step_viewed', tutorialId: FACETIME, stepIndex: 0 });
    await call(kiosk, 'recordEvent', { visitId, kind: 'tutorial_completed', tutorialId: FACETIME });
    await call(kiosk, 'recordEvent', { visitId, kind: 'visit_reset' });

    const { columns, rows } = readLog(kiosk.dataDir);
    // The schema itself is the promise: a new column must be a deliberate, reviewed change.
    expect(columns).toEqual([
      'id',
      'visit_id',
      'kind',
      'tutorial_id',
      'locale',
      'step_index',
      'hour',
      'answer_id',
      'assisted',
      'second_locale',
      'content_version',
      // Issue 20: which practice call, and the red flags met in it as a sorted set (checked against the content).
      'rehearsal_id',
      'red_flags',
    ]);
    // Assisted or not, said once on the visit's first row; a visitor's own visit is not assisted.
    expect(rows.map((r) => r.assisted)).toEqual([0, null, null, null, null, null]);
    expect(rows.map((r) => r.kind)).toEqual([
      'visit_started',
      'browse_viewed',
      'tutorial_opened',
      'tutorial_step_viewed',
      'tutorial_completed',
      'visit_reset',
    ]);
    for (const row of rows) {
      expect(row.visit_id).toMatch(UUID);
      expect(row.hour).toBe('2026-11-23T14');
      expect([null, FACETIME]).toContain(row.tutorial_id);
    }
    // No clock time or timestamp anywhere in the log: the hour bucket is the only trace of time.
    const everyValue = rows.flatMap((r) =>
      Object.entries(r)
        .filter(([column]) => column !== 'id')
        .map(([, v]) => String(v)),
    );
    expect(
      everyValue.filter((v) => /\d:\d\d|T\d\d:/.test(v) || v.includes(String(Math.floor(at.getTime() / 1000)))),
    ).toEqual([]);
  });

  it('give every visit its own random id', async () => {
    const kiosk = testKiosk();
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await call<{ visitId: string }>(kiosk, 'startVisit', {})).visitId);
    expect(ids.size).toBe(20);
  });

  it.each([
    ['a name', { kind: 'browse_viewed', name: 'Alice Wong' }],
    ['a phone number as the kind', { kind: '+852 9123 4567' }],
    ['free text as a tutorial id', { kind: 'tutorial_completed', tutorialId: 'I was scammed by my nephew' }],
    ['a search query', { kind: 'browse_viewed', query: 'facetime scam' }],
    ['a precise time', { kind: 'browse_viewed', at: '2026-11-23T14:37:52Z' }],
  ])('refuse an event carrying %s, and store nothing', async (_what, event) => {
    const kiosk = testKiosk();
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', {});
    const result = await kiosk.dispatch('recordEvent', { visitId, ...event });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(readLog(kiosk.dataDir).rows).toHaveLength(1);
  });

  it('refuse events that do not fit their kind, or name content that does not exist', async () => {
    const kiosk = testKiosk();
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', {});
    const bad = [
      { visitId, kind: 'tutorial_opened' },
      { visitId, kind: 'visit_reset', tutorialId: FACETIME },
      { visitId, kind: 'tutorial_completed', tutorialId: FACETIME, stepIndex: 2 },
      { visitId, kind: 'visit_started' },
    ];
    for (const event of bad)
      expect(await kiosk.dispatch('recordEvent', event)).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    expect(
      await kiosk.dispatch('recordEvent', { visitId, kind: 'tutorial_completed', tutorialId: 'made-up' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await kiosk.dispatch('recordEvent', { visitId: crypto.randomUUID(), kind: 'visit_reset' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(readLog(kiosk.dataDir).rows).toHaveLength(1);
  });
});
