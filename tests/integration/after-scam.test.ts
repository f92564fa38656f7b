import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../electron/core/content/content-loader.ts';
import { DATABASE_FILE } from '../../electron/core/create-core.ts';
import type { CallResponse } from '../../shared/api.ts';
import { LOCALES } from '../../shared/locales.ts';
import { REGIONS, type Region } from '../../shared/regions.ts';
import { call, REPO_ROOT, testKiosk } from '../support/temp-dir.ts';

type Advice = CallResponse<'getSafetyAdvice'>;

/** What each region's card must show, in this order: the line that can act on the money first (audit 2026-12 M6). */
const LINES: Record<Region, string[]> = {
  HK: ['hk-adcc-18222', 'hk-police-999'],
  CN: ['cn-police-110', 'cn-96110'],
  UK: ['uk-159', 'uk-report-fraud-phone'],
  US: ['us-elder-fraud-hotline', 'us-ftc-phone'],
  'US-NYC': ['us-elder-fraud-hotline', 'us-ftc-phone'],
  ID: ['id-iasc', 'id-ojk-157'],
  generic: [],
};

describe('"I already paid, gave a code, or installed their app"', () => {
  it.each(REGIONS)("%s: the card lists exactly its region's lines, in order, with their numbers", async (region) => {
    const kiosk = testKiosk({ kioskJson: { region } });
    const advice = await call<Advice>(kiosk, 'getSafetyAdvice', { locale: 'en' });
    expect(advice.afterScam.hotlines.map((h) => h.id)).toEqual(LINES[region]);
    // The same line as on the region's full list: number, name and kind are not copied, they are looked up.
    for (const line of advice.afterScam.hotlines) expect(advice.hotlines).toContainEqual(line);
  });

  it('give every step and what it buys in all eight languages, the bank first', async () => {
    const kiosk = testKiosk({ kioskJson: { region: 'HK' } });
    const english = await call<Advice>(kiosk, 'getSafetyAdvice', { locale: 'en' });
    expect(english.afterScam.title).toBe('I already paid, gave a code, or installed their app');
    expect(english.afterScam.steps.map((s) => s.id)).toEqual([
      'call-bank',
      'report',
      'remove-app',
      'change-passwords',
      'keep-evidence',
    ]);

    // The source has every text in every language: nothing on the card falls back to English.
    const source = loadContent(join(REPO_ROOT, 'content')).afterScam;
    for (const text of [source.title, ...source.steps.flatMap((s) => [s.text, s.buys])])
      expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const { afterScam } = await call<Advice>(kiosk, 'getSafetyAdvice', { locale });
      expect(afterScam.title).toBe(source.title[locale]);
      expect(afterScam.steps.map((s) => [s.text, s.buys])).toEqual(
        source.steps.map((s) => [s.text[locale], s.buys[locale]]),
      );
      expect(afterScam.hotlines.map((h) => h.contact)).toEqual(['18222', '999']);
    }
  });
});

describe('after_scam_opened in the visit log', () => {
  function kinds(dataDir: string) {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      return db.prepare('SELECT kind, tutorial_id FROM visit_event ORDER BY id').all();
    } finally {
      db.close();
    }
  }

  it('is recorded with nothing but the visit and the hour, and refuses a content id', async () => {
    const kiosk = testKiosk();
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'ar' });
    expect(await call(kiosk, 'recordEvent', { visitId, kind: 'after_scam_opened' })).toEqual({ recorded: true });
    const withContent = await kiosk.dispatch('recordEvent', {
      visitId,
      kind: 'after_scam_opened',
      tutorialId: 'iphone-turn-off-facetime',
    });
    expect(withContent).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const withStep = await kiosk.dispatch('recordEvent', { visitId, kind: 'after_scam_opened', stepIndex: 2 });
    expect(withStep).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(kinds(kiosk.dataDir)).toEqual([
      { kind: 'visit_started', tutorial_id: null },
      { kind: 'after_scam_opened', tutorial_id: null },
    ]);
  });
});
