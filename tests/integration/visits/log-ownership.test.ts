import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { CallName, CallRequest, CallResponse } from '../../../shared/api.ts';
import { CALL_EFFECTS, type ReadCallName, type WitnessedCallName } from '../../../shared/call-effects.ts';
import type { PrintResult } from '../../../shared/checklist-schema.ts';
import { CORE_ONLY_EVENT_KINDS } from '../../../shared/events.ts';
import type { Printer } from '../../../electron/core/print/printer.ts';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import type { Caller } from '../../support/unwrap.ts';

/**
 * Who writes the visit log (audit F3, issue 16): the core records what it witnesses, where it happens,
 * with the visit the request names; the page can no longer report those facts; and reads never write.
 */

const FACETIME = 'iphone-turn-off-facetime';
const NOW = new Date(2026, 11, 6, 10, 30);

/**
 * getVisitReport first brings the daily rollup up to date from the raw log (report-core): it recounts the
 * days marked dirty, then forgets the marks. That changes a cache derived from the raw events, never a
 * fact, so only those two tables may differ after it; every other table must stay as it was.
 */
const DERIVED_TABLES = ['visit_rollup', 'visit_rollup_dirty'];

/**
 * A valid request for every call that must not write. Typed over the read and witnessed calls of
 * CALL_EFFECTS: a new read call fails the type-check until it has an example here.
 */
function readRequests(code: string): { [K in ReadCallName | WitnessedCallName]: CallRequest<K> } {
  return {
    listLocales: {},
    getSettings: {},
    listTutorials: { locale: 'zh-Hant' },
    getQuestions: { locale: 'ar' },
    searchTutorials: { locale: 'en', query: 'facetime' },
    getSafetyAdvice: { locale: 'en' },
    getReviewList: {},
    getHealth: {},
    composeSheet: { sheet: { kind: 'personal', code, lang: 'en', second: 'zh-Hant' } },
    getStaffStatus: {},
    listGuides: {},
    listPrinters: {},
    getVisitReport: { from: '2026-12-01', to: '2026-12-31', locale: 'en' },
    // report-print: the staff preview of the monthly report.
    composeReportSheet: { month: '2026-11', lang: 'en' },
    getContentPacks: {},
    // Witnessed calls without a visit id: staff looking, nothing for the visit log.
    makePlan: { locale: 'en', answers: {} },
    openTutorial: { tutorialId: FACETIME, locale: 'en' },
    openChecklist: { code },
  };
}

/** The bytes of the database and its WAL: a read leaves both exactly as they were. */
function fileBytes(dataDir: string): Buffer {
  const file = join(dataDir, DATABASE_FILE);
  return Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

/** Every row of every table but `exempt`, sorted (only content counts): to name what changed. */
function tableRows(dataDir: string, exempt: string[] = []): Record<string, string[]> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables
        .filter((table) => !exempt.includes(table))
        .map((table) => [
          table,
          (db.prepare(`SELECT * FROM "${table}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort(),
        ]),
    );
  } finally {
    db.close();
  }
}

/** A kiosk with a visit in its log, a saved plan and a staff session: something real for each read to read. */
async function kioskWithHistory() {
  const kiosk = testKiosk({ now: () => NOW });
  const staff: Caller = await signInStaff(kiosk);
  const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'en' });
  await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'en', visitId });
  const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
    actions: [{ tutorialId: FACETIME }],
    completed: [],
    visitId,
    locale: 'en',
  });
  // The report's own refresh, once, so the rollup is current before the reads are watched.
  await call(kiosk, 'getVisitReport', { from: '2026-12-01', to: '2026-12-31', locale: 'en' }, staff);
  return { kiosk, staff, visitId, code };
}

describe('reads never write', () => {
  it('every read call, with a valid request, leaves the database byte for byte as it was; with a visit id, a witnessed read logs', async () => {
    const { kiosk, staff, visitId, code } = await kioskWithHistory();
    const requests = readRequests(code);
    let bytes = fileBytes(kiosk.dataDir);
    for (const name of Object.keys(requests) as Array<keyof typeof requests>) {
      const derived = CALL_EFFECTS[name] === 'read-derived';
      // Reading every table is slow (the content is megabytes): only the derived read pays for it.
      const rows = derived ? tableRows(kiosk.dataDir, DERIVED_TABLES) : undefined;
      await call(kiosk, name, requests[name], staff);
      const after = fileBytes(kiosk.dataDir);
      if (derived) expect(tableRows(kiosk.dataDir, DERIVED_TABLES), `${name} changed a table`).toEqual(rows);
      // Compared as bytes, not printed (megabytes): a failure names the call.
      else expect(after.equals(bytes), `${name} changed the database file`).toBe(true);
      bytes = after;
    }

    // The same witnessed calls naming the visit do log: the comparison above would have seen a write.
    const witnessed = {
      makePlan: { locale: 'en', answers: {}, visitId },
      openTutorial: { tutorialId: FACETIME, locale: 'en', visitId },
      openChecklist: { code, visitId },
    } satisfies { [K in WitnessedCallName]: CallRequest<K> };
    for (const name of Object.keys(witnessed) as WitnessedCallName[]) {
      await call(kiosk, name, witnessed[name], staff);
      const after = fileBytes(kiosk.dataDir);
      expect(after.equals(bytes), name).toBe(false);
      bytes = after;
    }
  });

  it('cover every call the map says does not write, and no call that does', () => {
    const requests = readRequests('12345678');
    const notWriting = (Object.keys(CALL_EFFECTS) as CallName[]).filter((name) => CALL_EFFECTS[name] !== 'write');
    expect(Object.keys(requests).sort()).toEqual(notWriting.sort());
  });
});

function printerAnswering(...answers: Array<PrintResult | Error>): Printer {
  return {
    print: async () => {
      const next = answers.shift() ?? { status: 'sent', copies: 1 };
      if (next instanceof Error) throw next;
      return next;
    },
    list: async () => ({ kind: 'system', printers: [] }),
  };
}

type LoggedRow = {
  visit_id: string;
  kind: string;
  locale: string | null;
  second_locale: string | null;
  content_version: string | null;
};

function logOf(dataDir: string): LoggedRow[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare('SELECT visit_id, kind, locale, second_locale, content_version FROM visit_event ORDER BY id')
      .all() as LoggedRow[];
  } finally {
    db.close();
  }
}

async function visitWithCode(kiosk: ReturnType<typeof testKiosk>) {
  const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'ar' });
  const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
    actions: [{ tutorialId: FACETIME }],
    completed: [],
    visitId,
    locale: 'ar',
  });
  return { visitId, code };
}

describe('the core records what it witnesses', () => {
  it("logs checklist_shown as it saves, each print by the printer's answer with both languages, and a resume only when a plan opened", async () => {
    const warned: string[] = [];
    // The core reports the broken printer port on the console, as it should; not in this test's output.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => consoleError.mockRestore());
    const kiosk = testKiosk({
      warn: (line) => warned.push(line),
      printer: printerAnswering(
        { status: 'failed', reason: 'offline' },
        new Error('the printer port broke'),
        { status: 'sent', copies: 2 },
        { status: 'sent', copies: 1 },
      ),
    });
    const { visitId, code } = await visitWithCode(kiosk);
    const sheet = { kind: 'personal', code, lang: 'ar', second: 'en' };
    await call(kiosk, 'printSheet', { sheet, visitId });
    expect((await kiosk.dispatch('printSheet', { sheet, visitId })).ok).toBe(false);
    await call(kiosk, 'printSheet', { sheet, copies: 2, visitId });
    // Staff print a handout with no visit running: nothing to count for a visitor.
    await call(kiosk, 'printSheet', { sheet: { kind: 'handout', topic: 'general', lang: 'en' } });
    // A wrong code opens nothing and is no resume; the right one is.
    expect((await kiosk.dispatch('openChecklist', { code: '00000000', visitId })).ok).toBe(false);
    await call(kiosk, 'openChecklist', { code, visitId });
    // Without a visit, opening a plan is a read: nothing logged.
    await call(kiosk, 'openChecklist', { code });

    const { version } = (await staffCall<CallResponse<'getHealth'>>(kiosk, 'getHealth', {})).content;
    const log = logOf(kiosk.dataDir);
    expect(log.map(({ kind, locale, second_locale }) => [kind, locale, second_locale])).toEqual([
      ['visit_started', 'ar', null],
      ['checklist_shown', 'ar', null],
      ['print_failed', 'ar', 'en'],
      ['print_failed', 'ar', 'en'],
      ['checklist_printed', 'ar', 'en'],
      ['checklist_resumed', null, null],
    ]);
    expect(new Set(log.map((r) => r.visit_id))).toEqual(new Set([visitId]));
    // Every event names the content it was served with: what getHealth calls the content version.
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(log.every((r) => r.content_version === version)).toBe(true);
    expect(warned).toEqual([]);
  });

  it('the browser shell: a print handed to the browser is print_sent_to_browser, and one language is no second one', async () => {
    const kiosk = testKiosk();
    const { visitId, code } = await visitWithCode(kiosk);
    await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'ar', second: 'ar' }, visitId });
    expect(logOf(kiosk.dataDir).at(-1)).toMatchObject({
      kind: 'print_sent_to_browser',
      locale: 'ar',
      second_locale: null,
    });
  });

  it('a visit the kiosk does not know is only warned about: the checklist is saved and printed all the same', async () => {
    const warned: string[] = [];
    const kiosk = testKiosk({ warn: (line) => warned.push(line) });
    const stranger = crypto.randomUUID();
    const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
      actions: [{ tutorialId: FACETIME }],
      completed: [],
      visitId: stranger,
    });
    expect(code).toMatch(/^\d{8}$/);
    expect(
      await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'en' }, visitId: stranger }),
    ).toEqual({ status: 'browser' });
    expect(logOf(kiosk.dataDir)).toEqual([]);
    expect(warned).toEqual([
      'SafeCall: checklist_shown not recorded: That visit was not started on this kiosk.',
      'SafeCall: print_sent_to_browser not recorded: That visit was not started on this kiosk.',
    ]);
  });

  it('refuses every kind the core witnesses from the page through recordEvent', async () => {
    const kiosk = testKiosk();
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', {});
    for (const kind of CORE_ONLY_EVENT_KINDS) {
      const event = kind === 'tutorial_opened' ? { visitId, kind, tutorialId: FACETIME } : { visitId, kind };
      expect(await kiosk.dispatch('recordEvent', event), kind).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
    expect(logOf(kiosk.dataDir).map((r) => r.kind)).toEqual(['visit_started']);
  });
});
