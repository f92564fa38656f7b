import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { browserPrinter, type PrintJob } from '../../../electron/core/print/printer.ts';
import type { ChecklistView } from '../../../shared/checklist-schema.ts';
import { sheetPath, parseSheetPath } from '../../../shared/checklist-schema.ts';
import { REGIONS } from '../../../shared/regions.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';

const FACETIME = 'iphone-turn-off-facetime';
const SILENCE = 'iphone-silence-unknown-callers';
const SCREEN = 'general-stop-screen-share';
const PLAN = {
  actions: [{ tutorialId: SCREEN }, { tutorialId: FACETIME, variantId: 'ios-18-and-later' }, { tutorialId: SILENCE }],
  completed: [FACETIME],
};

async function saved(kiosk: ReturnType<typeof testKiosk>, plan: typeof PLAN & { practised?: string[] } = PLAN) {
  return (await call<{ code: string }>(kiosk, 'saveChecklist', plan)).code;
}

describe('the resume code and the saved plan', () => {
  it('save a plan under 8 random digits and reopen exactly the same plan with them, spaces or dashes allowed', async () => {
    const kiosk = testKiosk();
    const code = await saved(kiosk);
    expect(code).toMatch(/^\d{8}$/);
    expect(await call(kiosk, 'openChecklist', { code })).toEqual(PLAN);
    expect(await call(kiosk, 'openChecklist', { code: `${code.slice(0, 4)} ${code.slice(4)}` })).toEqual(PLAN);
    expect(await call(kiosk, 'openChecklist', { code: `${code.slice(0, 4)}-${code.slice(4)}` })).toEqual(PLAN);
    expect(await saved(kiosk)).not.toBe(code);
  });

  it('say plainly when a code is wrong or unknown, and keep nothing of the attempt', async () => {
    const kiosk = testKiosk();
    const wrong = await kiosk.dispatch('openChecklist', { code: '1234' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'code', message: 'must be 8 digits' }] },
    });
    const unknown = await kiosk.dispatch('openChecklist', { code: '00000000' });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('No checklist has that code') },
    });
  });

  it('refuse a plan naming a tutorial that does not exist, or free text in place of an id', async () => {
    const kiosk = testKiosk();
    expect(
      await kiosk.dispatch('saveChecklist', { actions: [{ tutorialId: 'no-such-guide' }], completed: [] }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await kiosk.dispatch('saveChecklist', { actions: [{ tutorialId: 'My name is Mrs Chan' }], completed: [] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await kiosk.dispatch('saveChecklist', { ...PLAN, name: 'Mrs Chan' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });

  it('refuse a variant its tutorial does not have, naming the field, and store nothing', async () => {
    const kiosk = testKiosk();
    const plan = {
      actions: [{ tutorialId: SCREEN }, { tutorialId: FACETIME, variantId: 'mrs-chan-flat-4b' }],
      completed: [],
    };
    expect(await kiosk.dispatch('saveChecklist', plan)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_request',
        issues: [{ path: 'actions.1.variantId', message: expect.stringContaining('mrs-chan-flat-4b') }],
      },
    });
    // Another tutorial's variant is no better than made-up text.
    const borrowed = { actions: [{ tutorialId: SILENCE, variantId: 'ios-18-and-later' }], completed: [] };
    const silenceVariants = (
      await call<{ tutorial: { variants: Array<{ id: string }> } }>(kiosk, 'openTutorial', {
        tutorialId: SILENCE,
        locale: 'en',
      })
    ).tutorial.variants.map((v) => v.id);
    expect(silenceVariants).not.toContain('ios-18-and-later');
    expect(await kiosk.dispatch('saveChecklist', borrowed)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'actions.0.variantId' }] },
    });
    const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
    const count = db.prepare('SELECT count(*) FROM saved_plan').pluck().get();
    db.close();
    expect(count).toBe(0);
  });

  it('keep only content ids and the day, with no link to the visit, and forget plans after 180 days', async () => {
    let now = new Date(2026, 10, 23, 14, 37, 52);
    const kiosk = testKiosk({ now: () => now });
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'en' });
    const code = await saved(kiosk);
    const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('saved_plan') ORDER BY cid").pluck().all();
    const rows = db.prepare('SELECT * FROM saved_plan').all() as Array<Record<string, string>>;
    db.close();
    expect(columns).toEqual(['code', 'plan_json', 'saved_day']);
    expect(rows).toEqual([{ code, plan_json: JSON.stringify(PLAN), saved_day: '2026-11-23' }]);
    expect(JSON.stringify(rows)).not.toContain(visitId);

    now = new Date(2027, 4, 21, 9); // 179 days later: still there
    await saved(kiosk);
    expect(await call(kiosk, 'openChecklist', { code })).toEqual(PLAN);
    now = new Date(2027, 4, 23, 9); // 181 days later: gone at the next save
    await saved(kiosk);
    expect(await kiosk.dispatch('openChecklist', { code })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('composing the printed checklist', () => {
  it('prints a line for each practice call played (issue 20), in each language of the sheet; a call the centre does not offer is refused', async () => {
    const kiosk = testKiosk({ kioskJson: { centreName: 'Kowloon Library', region: 'HK', paperSize: 'A4' } });
    // The mainland's police call is not a Hong Kong centre's.
    expect(await kiosk.dispatch('saveChecklist', { ...PLAN, practised: ['fake-police-cn'] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const code = await saved(kiosk, { ...PLAN, practised: ['fake-police-hk', 'fake-police-hk'] });
    expect(await call(kiosk, 'openChecklist', { code })).toMatchObject({ practised: ['fake-police-hk'] });
    const view = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'personal', code, lang: 'zh-Hant', second: 'en' },
    });
    const lines = (locale: string) =>
      call<{ rehearsals: { id: string; checklistLine: string }[] }>(kiosk, 'getSafetyAdvice', { locale });
    const zh = (await lines('zh-Hant')).rehearsals.find((r) => r.id === 'fake-police-hk')!.checklistLine;
    const en = (await lines('en')).rehearsals.find((r) => r.id === 'fake-police-hk')!.checklistLine;
    expect(view.texts.map((t) => t.practised)).toEqual([
      [{ id: 'fake-police-hk', text: zh }],
      [{ id: 'fake-police-hk', text: en }],
    ]);
    // A plan saved before any practice prints none.
    const plain = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'personal', code: await saved(kiosk), lang: 'en' },
    });
    expect(plain.texts[0]?.practised).toEqual([]);
  });

  it('put what was done today (ticked) apart from what is still to do, each with its goal and short steps', async () => {
    const kiosk = testKiosk({
      kioskJson: { centreName: 'Kowloon Library', region: 'HK', paperSize: 'A4' },
      now: () => new Date(2026, 10, 23, 16, 5),
    });
    const code = await saved(kiosk);
    const view = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'personal', code, lang: 'zh-Hant' },
    });
    expect(view).toMatchObject({
      kind: 'personal',
      code,
      centreName: 'Kowloon Library',
      region: 'HK',
      paperSize: 'A4',
      date: '2026-11-23',
    });
    expect(view.texts).toHaveLength(1);
    const [text] = view.texts;
    expect(text?.done.map((d) => d.tutorialId)).toEqual([FACETIME]);
    expect(text?.done[0]).toMatchObject({
      title: '關閉 FaceTime',
      item: expect.stringContaining('已關閉 FaceTime'),
      path: expect.stringContaining('{{ios-settings}} > {{ios-apps}} > {{ios-facetime}}'),
    });
    // The path's words travel with it, for the sheet to print by the visitor's phone language.
    expect(text?.done[0]?.words?.['ios-settings']?.phone['zh-Hant']).toBe('設定');
    expect(text?.todo.map((d) => d.tutorialId)).toEqual([SCREEN, SILENCE]);
    expect(text?.redFlags.map((f) => f.id)).toEqual([
      'stranger-video-call',
      'urgency-secrecy',
      'share-screen-or-app',
      'asks-for-codes',
    ]);
    expect(text?.ifCalled.map((f) => f.id)).toEqual(['hang-up', 'no-screen-sharing', 'no-codes', 'call-back']);
    // The sheet prints the region's chosen lines (content/checklist.yaml), in that order.
    expect(text?.hotlines.map((h) => h.contact)).toEqual(['999', '18222', 'cyberdefender.hk', '#ADCC18222']);
    expect(text?.qr.map((q) => q.url)).toEqual(['https://www.adcc.gov.hk', 'https://cyberdefender.hk']);
    expect(text?.qr[0]?.label).toContain('反詐騙協調中心');
  });

  it("compose a bilingual sheet: the visitor's language first, the family's second, the same items in both", async () => {
    const kiosk = testKiosk({ kioskJson: { region: 'US-NYC' } });
    const code = await saved(kiosk);
    const view = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'personal', code, lang: 'ar', second: 'en' },
    });
    expect(view.texts.map((t) => t.locale)).toEqual(['ar', 'en']);
    expect(view.texts[0]?.todo.map((t) => t.tutorialId)).toEqual(view.texts[1]?.todo.map((t) => t.tutorialId));
    expect(view.texts[1]?.todo[0]?.title).toBe('Stop sharing your screen now');
    // New York City prints its own lines and the national US ones, emergency first, then the DOJ elder-fraud
    // line; the NYPD scam line, which no source confirms after 2022, stays on screen only.
    expect(view.texts[0]?.hotlines.map((h) => h.contact)).toEqual([
      '911',
      '833-372-8311',
      '311',
      '1-877-382-4357',
      'ReportFraud.ftc.gov',
    ]);
    expect(view.texts[0]?.qr.map((q) => q.url)).toEqual(['https://reportfraud.ftc.gov', 'https://www.ftc.gov']);
    // The same language twice is one language.
    const same = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'personal', code, lang: 'en', second: 'en' },
    });
    expect(same.texts).toHaveLength(1);
  });

  it("print each region's own hotlines and QR codes, and none of another region's", async () => {
    for (const region of REGIONS) {
      const kiosk = testKiosk({ kioskJson: { region } });
      const advice = await call<{ hotlines: Array<{ id: string }> }>(kiosk, 'getSafetyAdvice', { locale: 'en' });
      const view = await call<ChecklistView>(kiosk, 'composeSheet', {
        sheet: { kind: 'handout', topic: 'whatsapp', lang: 'en' },
      });
      const printed = view.texts[0]?.hotlines.map((h) => h.id) ?? [];
      // Only the region's own (or inherited) lines; every region with lines prints its emergency number first.
      expect(
        printed.every((id) => advice.hotlines.some((h) => h.id === id)),
        region,
      ).toBe(true);
      if (advice.hotlines.length > 0) expect(view.texts[0]?.hotlines[0]?.emergency, region).toBe(true);
      // Mainland China has no official advice page to point at (the Hong Kong one serves HK callers only).
      if (region === 'CN') expect(view.texts[0]?.qr, region).toEqual([]);
      else expect(view.texts[0]?.qr.length, region).toBeGreaterThan(0);
      for (const q of view.texts[0]?.qr ?? []) expect(q.url).toMatch(/^https:\/\//);
      kiosk.close();
    }
  }, 60_000);

  it('compose a blank handout of a topic: every guide of the topic still to do, nothing ticked, no code', async () => {
    const kiosk = testKiosk();
    const view = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'handout', topic: 'wechat', lang: 'zh-Hans', second: 'en' },
    });
    expect(view).toMatchObject({ kind: 'handout', topic: 'wechat' });
    expect(view.code).toBeUndefined();
    expect(view.texts[0]?.done).toEqual([]);
    expect(view.texts[0]?.todo.map((t) => t.tutorialId).sort()).toEqual([
      'wechat-block-report',
      'wechat-friend-requests',
      'wechat-hide-nearby-location',
      'wechat-pay-safety',
    ]);
    expect(view.texts[1]?.todo.map((t) => t.tutorialId)).toEqual(view.texts[0]?.todo.map((t) => t.tutorialId));
  });

  it('leave out a tutorial that has left the content since the plan was saved, and still print the rest', async () => {
    const kiosk = testKiosk();
    // A plan saved by an older content version, naming a guide that has since been retired.
    const db = new Database(join(kiosk.dataDir, DATABASE_FILE));
    db.prepare('INSERT INTO saved_plan (code, plan_json, saved_day) VALUES (?, ?, ?)').run(
      '11112222',
      JSON.stringify({
        actions: [{ tutorialId: 'retired-guide' }, { tutorialId: SCREEN }],
        completed: ['retired-guide'],
      }),
      '2026-11-20',
    );
    db.close();
    const view = await call<ChecklistView>(kiosk, 'composeSheet', {
      sheet: { kind: 'personal', code: '11112222', lang: 'en' },
    });
    expect(view.texts[0]?.done).toEqual([]);
    expect(view.texts[0]?.todo.map((t) => t.tutorialId)).toEqual([SCREEN]);
  });

  it('refuse a sheet for an unknown code or topic with a clear message', async () => {
    const kiosk = testKiosk();
    expect(
      await kiosk.dispatch('composeSheet', { sheet: { kind: 'personal', code: '99999999', lang: 'en' } }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await kiosk.dispatch('composeSheet', { sheet: { kind: 'handout', topic: 'fax', lang: 'en' } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe("printing through the shell's printer", () => {
  it("ask the printer for the sheet's page, at the centre's paper size, on the printer staff chose", async () => {
    const jobs: PrintJob[] = [];
    const kiosk = testKiosk({
      kioskJson: { paperSize: 'Letter', printer: 'Brother_HL_L2350DW' },
      printer: {
        print: (job) => (jobs.push(job), Promise.resolve({ status: 'sent', copies: job.copies })),
        list: browserPrinter.list,
      },
    });
    const code = await saved(kiosk);
    const sheet = { kind: 'personal', code, lang: 'zh-Hant', second: 'en' } as const;
    expect(await call(kiosk, 'printSheet', { sheet, copies: 2 })).toEqual({ status: 'sent', copies: 2 });
    expect(jobs).toEqual([
      {
        path: `/print/checklist?code=${code}&lang=zh-Hant&second=en`,
        paperSize: 'Letter',
        copies: 2,
        printerName: 'Brother_HL_L2350DW',
      },
    ]);
    expect(parseSheetPath('/print/checklist', `?code=${code}&lang=zh-Hant&second=en`)).toMatchObject({
      success: true,
      data: sheet,
    });
    expect(sheetPath({ kind: 'handout', topic: 'iphone', lang: 'ar' })).toBe('/print/handout?topic=iphone&lang=ar');
  });

  it('pass a printer failure back as a result the screen can explain, and never print an unknown code', async () => {
    const jobs: PrintJob[] = [];
    const kiosk = testKiosk({
      printer: {
        print: (job) => (jobs.push(job), Promise.resolve({ status: 'failed', reason: 'no_paper' })),
        list: browserPrinter.list,
      },
    });
    const code = await saved(kiosk);
    expect(await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'en' } })).toEqual({
      status: 'failed',
      reason: 'no_paper',
    });
    expect(
      await kiosk.dispatch('printSheet', { sheet: { kind: 'personal', code: '12345678', lang: 'en' } }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(jobs).toHaveLength(1);
  });

  it('answer "browser" in the browser shell, where the page prints itself', async () => {
    const kiosk = testKiosk();
    const code = await saved(kiosk);
    expect(await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'en' } })).toEqual({
      status: 'browser',
    });
  });
});
