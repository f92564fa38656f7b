import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import type { CallResponse } from '../../../shared/api.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';

const FACETIME = 'iphone-turn-off-facetime';
type Results = CallResponse<'searchTutorials'>;
const ids = (r: Results) => r.results.map((t) => t.id);

describe('searching tutorials', () => {
  const kiosk = () => testKiosk();

  it.each([
    ['en', 'facetime'],
    ['en', 'grey gear'],
    ['zh-Hant', '視像電話'],
    ['zh-Hant', '視像'],
    ['zh-Hant', '關閉'],
    ['zh-Hans', '视频电话'],
    ['ko', '영상통화'],
    ['ar', 'الغرباء'],
    ['es', 'videollamadas'],
    ['vi', 'tat facetime'],
    ['es', 'ÁPAGUE'],
    ['en', 'ＦａｃｅＴｉｍｅ'],
  ])('find the FaceTime tutorial in %s from "%s"', async (locale, query) => {
    expect(ids(await call<Results>(kiosk(), 'searchTutorials', { locale, query }))).toContain(FACETIME);
  });

  it("find words from the phone pictures, in the phone's own language", async () => {
    expect(
      ids(await call<Results>(kiosk(), 'searchTutorials', { locale: 'zh-Hans', query: 'FaceTime 通话' })),
    ).toContain(FACETIME);
  });

  // Issue 18: search matches in memory; a hit in the title ranks above one only in the summary or the steps.
  it('rank guides whose title holds the words above those that only mention them', async () => {
    const { results } = await call<Results>(kiosk(), 'searchTutorials', { locale: 'en', query: 'facetime' });
    const inTitle = results.map((r) => r.title.toLowerCase().includes('facetime'));
    expect(inTitle[0]).toBe(true);
    expect(inTitle.includes(false)).toBe(true);
    expect(inTitle.indexOf(false)).toBeGreaterThan(inTitle.lastIndexOf(true));
  });

  it('find one Chinese character, and Vietnamese typed without its accents or đ', async () => {
    expect(
      (await call<Results>(kiosk(), 'searchTutorials', { locale: 'zh-Hant', query: '騙' })).results.length,
    ).toBeGreaterThan(0);
    const typed = await call<Results>(kiosk(), 'searchTutorials', { locale: 'vi', query: 'dien thoai' });
    const written = await call<Results>(kiosk(), 'searchTutorials', { locale: 'vi', query: 'điện thoại' });
    expect(ids(typed)).toEqual(ids(written));
    expect(ids(typed).length).toBeGreaterThan(0);
  });

  it('answer no results, not an error, for words that are nowhere', async () => {
    expect(
      (await call<Results>(kiosk(), 'searchTutorials', { locale: 'en', query: 'zebra crossing' })).results,
    ).toEqual([]);
  });

  it.each(['"', 'face* OR 1', 'NEAR(face time)', "'; DROP TABLE tutorial; --", '%', '_', '\\'])(
    'treat "%s" as plain text, never as query syntax',
    async (query) => {
      const result = await kiosk().dispatch('searchTutorials', { locale: 'en', query });
      expect(result.ok).toBe(true);
    },
  );

  it('refuse an empty or overlong query with a clear error', async () => {
    const k = kiosk();
    expect(await k.dispatch('searchTutorials', { locale: 'en', query: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await k.dispatch('searchTutorials', { locale: 'en', query: 'x'.repeat(101) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });

  it.each(['\u0000\u0000\u0000', 'face\u0000time', 'face\u0007time', 'face\u007ftime', 'face\ttime'])(
    'refuse control characters such as %j as a bad request, not an internal fault',
    async (query) => {
      const result = await kiosk().dispatch('searchTutorials', { locale: 'en', query });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'query' }] } });
    },
  );

  it('never write a search to the visit log', async () => {
    const k = kiosk();
    await call(k, 'startVisit', {});
    await call(k, 'searchTutorials', { locale: 'en', query: 'my bank called me' });
    const db = new Database(join(k.dataDir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare('SELECT kind FROM visit_event').pluck().all();
    db.close();
    expect(rows).toEqual(['visit_started']);
  });
});
