import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { EVENT_KINDS } from '../../../shared/events.ts';
import { LOCALES } from '../../../shared/locales.ts';
import type { Printer } from '../../../electron/core/print/printer.ts';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import type { Caller } from '../../support/unwrap.ts';

/**
 * Issue 16, "Done when": the privacy tests of the visit log. What a visitor (or staff) types never reaches
 * the log; times are kept to the hour; a visit id dies with the reset; a printed code cannot be tied back
 * to the visit, and so the answers, that made it.
 */

const FACETIME = 'iphone-turn-off-facetime';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const HOUR = /^\d{4}-\d{2}-\d{2}T\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CONTENT_VERSION = /^[0-9a-f]{12}$/;
const CODE = /^\d{8}$/;
/** The tables of the visit log, its derived counts and the saved plans: what issue 16 promises about. */
const VISIT_TABLES = ['visit_event', 'visit_rollup', 'visit_rollup_dirty', 'visit_log_state', 'saved_plan'];

// What people type, each a string no kiosk would store on its own.
const VISITOR_TYPED = {
  search: 'Margaret Wong scam 0412 555 019',
  wrongCode: '90817263',
  pin: '97130542',
  wrongPin: '55501234',
  note: 'my son Jamie 0400 111 222',
  variant: 'jamie-s-phone',
  savedVariant: 'my-grandson-tom',
  answer: 'tom-s-iphone',
};
// What staff type into setup: the centre's own words, kept in its settings and nowhere in the visit log.
const STAFF_TYPED = {
  centreName: 'Rosebank Seniors Hub 7731',
  staffLocation: 'Desk of Mrs Okafor 2F',
  kioskLabel: 'Lobby Zeta 9',
  printer: 'HP Reception 5520',
};

/** A printer that answers as told, in turn. */
function printerSaying(...answers: Array<'sent' | 'failed'>): Printer {
  return {
    print: async () => {
      const next = answers.shift() ?? 'sent';
      return next === 'sent' ? { status: 'sent', copies: 1 } : { status: 'failed', reason: 'no_paper' };
    },
    list: async () => ({ kind: 'system', printers: [] }),
  };
}

type Row = Record<string, unknown>;

function readTables(dataDir: string, tables: string[]): Record<string, Row[]> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all() as Row[]]));
  } finally {
    db.close();
  }
}

function everyTable(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
}

/** Every file in the data folder (database, WAL, backups), its bytes read one to a character. */
function everyFileIn(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const bytes = readFileSync(join(entry.parentPath, entry.name));
      // One character per byte: every ASCII string typed below shows as itself.
      return [bytes.toString('latin1')];
    })
    .join('\n');
}

/** The ids a kiosk may keep: content ids of its guides, variants and answers, event kinds and locales. */
async function allowedIds(kiosk: ReturnType<typeof testKiosk>, staff: Caller): Promise<Set<string>> {
  const { guides } = await call<CallResponse<'listGuides'>>(kiosk, 'listGuides', {}, staff);
  const { questions } = await call<CallResponse<'getQuestions'>>(kiosk, 'getQuestions', { locale: 'en' });
  const safety = await call<CallResponse<'getSafetyAdvice'>>(kiosk, 'getSafetyAdvice', { locale: 'en' });
  return new Set<string>([
    ...guides.flatMap((g) => [g.id, ...g.variants.map((v) => v.id)]),
    ...questions.flatMap((q) => q.options.map((o) => o.id)),
    // Practice calls (issue 20): their ids, and the red flags met in one.
    ...safety.rehearsals.map((r) => r.id),
    ...safety.redFlags.map((f) => f.id),
    ...EVENT_KINDS,
    ...LOCALES,
  ]);
}

/**
 * Why a stored value is allowed in `table.column`, or undefined when it is not. A visit id only as
 * visit_event's visit_id, a code only as saved_plan's code: neither may stand anywhere else.
 */
function allowedBecause(table: string, column: string, value: unknown, ids: Set<string>): string | undefined {
  if (value === null) return 'none';
  // Counts, step numbers, flags and row numbers: small. A time kept as a number (seconds or milliseconds
  // since 1970) would be far larger.
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1_000_000 ? 'small' : undefined;
  if (typeof value !== 'string') return undefined;
  if (table === 'visit_event' && column === 'visit_id') return UUID.test(value) ? 'visit id' : undefined;
  if (table === 'saved_plan' && column === 'code') return CODE.test(value) ? 'code' : undefined;
  if (table === 'saved_plan' && column === 'plan_json') return planHoldsOnlyIds(value, ids) ? 'plan' : undefined;
  // The red flags met in a practice call: a set of ids, sorted, so never the order the visitor met them in.
  if (table === 'visit_event' && column === 'red_flags') {
    const flags = value.split(',');
    return flags.every((f) => ids.has(f)) && flags.join() === [...new Set(flags)].sort().join()
      ? 'red flags'
      : undefined;
  }
  if (value === '') return 'none';
  if (ids.has(value)) return 'content id';
  if (HOUR.test(value)) return 'hour';
  if (DAY.test(value)) return 'day';
  if (CONTENT_VERSION.test(value)) return 'content version';
  return undefined;
}

/** A saved plan is `{ actions: [{ tutorialId, variantId? }], completed: [ids], practised?: [ids] }` and nothing more. */
function planHoldsOnlyIds(json: string, ids: Set<string>): boolean {
  const plan = JSON.parse(json) as Record<string, unknown>;
  const keys = Object.keys(plan).sort().join();
  if (keys !== 'actions,completed' && keys !== 'actions,completed,practised') return false;
  if (plan.practised !== undefined && !(plan.practised as unknown[]).every((v) => typeof v === 'string' && ids.has(v)))
    return false;
  const actions = plan.actions as Array<Record<string, unknown>>;
  const completed = plan.completed as unknown[];
  return (
    actions.every(
      (a) =>
        Object.keys(a).every((k) => k === 'tutorialId' || k === 'variantId') &&
        Object.values(a).every((v) => typeof v === 'string' && ids.has(v)),
    ) && completed.every((v) => typeof v === 'string' && ids.has(v))
  );
}

/** Each value of the visit tables that no rule allows, as "table.column = value". */
function disallowedValues(dataDir: string, ids: Set<string>): string[] {
  const found: string[] = [];
  for (const [table, rows] of Object.entries(readTables(dataDir, VISIT_TABLES)))
    for (const row of rows)
      for (const [column, value] of Object.entries(row))
        if (!allowedBecause(table, column, value, ids)) found.push(`${table}.${column} = ${JSON.stringify(value)}`);
  return found;
}

describe('what people type never reaches the visit log (issue 16, Done when)', () => {
  it('a full visit, with text typed into every field the kiosk has, leaves only allowed ids in the log, the counts and the saved plans, and times only to the hour', async () => {
    const at = new Date(2026, 11, 6, 14, 37, 52);
    const kiosk = testKiosk({ now: () => at, printer: printerSaying('failed', 'sent') });
    const pad: Caller = { caller: 'page:1', token: undefined };
    // The visitor's page is another one: a visit started on the staff page would end staff's session.
    const VISITOR: Caller = { caller: 'page:3', token: undefined };

    // First-run setup: the centre's own words, and the PIN.
    const settings = await call<CallResponse<'getSettings'>>(kiosk, 'getSettings', {});
    const setup = await call<CallResponse<'setupKiosk'>>(
      kiosk,
      'setupKiosk',
      {
        settings: {
          ...settings,
          centreName: STAFF_TYPED.centreName,
          kioskLabel: STAFF_TYPED.kioskLabel,
          printer: STAFF_TYPED.printer,
          help: { ...settings.help, staffLocation: STAFF_TYPED.staffLocation },
        },
        pin: VISITOR_TYPED.pin,
      },
      pad,
    );
    const staff: Caller = { caller: pad.caller, token: setup.session.token };
    /** A request the kiosk must refuse: it answers an error and stores nothing of it. */
    const refused = async (name: string, request: unknown, from?: Caller) =>
      expect((await kiosk.dispatch(name, request, from)).ok, name).toBe(false);
    await refused('staffSignIn', { pin: VISITOR_TYPED.wrongPin }, { caller: 'page:2', token: undefined });

    // A visitor's whole visit, typing wherever there is a field, and a page sending what it must not.
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'zh-Hant' }, VISITOR);
    await call(kiosk, 'recordEvent', { visitId, kind: 'browse_viewed', locale: 'zh-Hant' });
    await call(kiosk, 'searchTutorials', { locale: 'zh-Hant', query: VISITOR_TYPED.search });
    await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'zh-Hant', visitId });
    await refused('openTutorial', {
      tutorialId: FACETIME,
      locale: 'zh-Hant',
      variant: VISITOR_TYPED.variant,
      visitId,
    });
    await call(kiosk, 'recordEvent', { visitId, kind: 'tutorial_step_viewed', tutorialId: FACETIME, stepIndex: 0 });
    await refused('recordEvent', { visitId, kind: 'help_requested', note: VISITOR_TYPED.note });
    await refused('recordEvent', { visitId, kind: VISITOR_TYPED.note });
    await refused('startVisit', { locale: 'en', name: VISITOR_TYPED.note });
    await call(kiosk, 'recordEvent', { visitId, kind: 'tutorial_completed', tutorialId: FACETIME });
    // A practice call (issue 20): its id, then the red flags met, given here in the order met.
    const { rehearsals } = await call<CallResponse<'getSafetyAdvice'>>(kiosk, 'getSafetyAdvice', { locale: 'zh-Hant' });
    const practice = rehearsals[0]!;
    const met = practice.decisions.map((d) => d.redFlag).reverse();
    await call(kiosk, 'recordEvent', { visitId, kind: 'rehearsal_started', rehearsalId: practice.id });
    await refused('recordEvent', {
      visitId,
      kind: 'rehearsal_finished',
      rehearsalId: practice.id,
      redFlags: [VISITOR_TYPED.variant],
    });
    await refused('recordEvent', { visitId, kind: 'rehearsal_started', rehearsalId: VISITOR_TYPED.variant });
    await refused('recordEvent', {
      visitId,
      kind: 'rehearsal_finished',
      rehearsalId: practice.id,
      choices: ['answer'],
      redFlags: met,
    });
    await call(kiosk, 'recordEvent', { visitId, kind: 'rehearsal_finished', rehearsalId: practice.id, redFlags: met });
    const { questions } = await call<CallResponse<'getQuestions'>>(kiosk, 'getQuestions', { locale: 'zh-Hant' });
    const answers = Object.fromEntries(questions.map((q) => [q.id, [q.options[0]!.id]]));
    await refused('makePlan', {
      locale: 'zh-Hant',
      answers: { ...answers, phone: [VISITOR_TYPED.answer] },
      visitId,
    });
    const plan = await call<CallResponse<'makePlan'>>(kiosk, 'makePlan', { locale: 'zh-Hant', answers, visitId });
    await refused('saveChecklist', {
      actions: [{ tutorialId: FACETIME, variantId: VISITOR_TYPED.savedVariant }],
      completed: [],
      visitId,
    });
    const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
      actions: plan.actions.map((a) => ({ tutorialId: a.tutorialId, ...(a.variantId && { variantId: a.variantId }) })),
      completed: [FACETIME],
      visitId,
      locale: 'zh-Hant',
    });
    const sheet = { kind: 'personal', code, lang: 'zh-Hant', second: 'en' };
    await call(kiosk, 'printSheet', { sheet, visitId });
    await call(kiosk, 'printSheet', { sheet, visitId });
    await refused('openChecklist', { code: VISITOR_TYPED.wrongCode, visitId });
    await call(kiosk, 'openChecklist', { code, visitId });
    await call(kiosk, 'recordEvent', { visitId, kind: 'visit_reset' });
    // Staff read the numbers (the report brings the daily counts up to date first).
    await call(kiosk, 'getVisitReport', { from: '2026-12-01', to: '2026-12-31', locale: 'en' }, staff);
    const ids = await allowedIds(kiosk, staff);
    kiosk.close();

    // Every value of the visit log, the counts and the saved plans is an allowed id, an hour, a day, a
    // count, a content version, or (in its own column only) a visit id or a code.
    expect(disallowedValues(kiosk.dataDir, ids)).toEqual([]);
    const log = readTables(kiosk.dataDir, ['visit_event']).visit_event!;
    // The practice call's red flags are kept as a set: sorted, each once, never in the order they were met.
    const finished = log.find((r) => r.kind === 'rehearsal_finished')!;
    expect(finished.rehearsal_id).toBe(practice.id);
    expect(finished.red_flags).toBe([...new Set(met)].sort().join(','));
    expect(log.map((r) => r.kind)).toEqual([
      'visit_started',
      'browse_viewed',
      'tutorial_opened',
      'tutorial_step_viewed',
      'tutorial_completed',
      'rehearsal_started',
      'rehearsal_finished',
      ...questions.map(() => 'question_answered'),
      'plan_shown',
      'checklist_shown',
      'print_failed',
      'checklist_printed',
      'checklist_resumed',
      'visit_reset',
    ]);

    // Times are truncated: every time-like value is the hour or the day, never the minute or a timestamp.
    const values = Object.values(readTables(kiosk.dataDir, VISIT_TABLES)).flatMap((rows) =>
      rows.flatMap((row) => Object.values(row)),
    );
    const timeLike = values.filter((v) => typeof v === 'string' && /\d{4}-\d\d-\d\d/.test(v));
    expect(timeLike.length).toBeGreaterThan(0);
    for (const v of timeLike) expect(v).toMatch(/^2026-12-06(T14)?$/);
    const clock = [String(at.getTime()), String(Math.floor(at.getTime() / 1000)), '14:37', '1437', '37:52'];
    for (const v of values) for (const c of clock) expect(String(v)).not.toContain(c);

    // Nothing a visitor typed is anywhere in the data folder: not in a table, the WAL or a backup.
    const files = everyFileIn(kiosk.dataDir);
    for (const [field, typed] of Object.entries(VISITOR_TYPED)) expect(files, field).not.toContain(typed);
    // What staff typed at setup is the centre's settings, and nothing else holds it.
    const others = readTables(
      kiosk.dataDir,
      everyTable(kiosk.dataDir).filter((t) => t !== 'kiosk_settings'),
    );
    const settingsRow = JSON.stringify(readTables(kiosk.dataDir, ['kiosk_settings']));
    for (const [field, typed] of Object.entries(STAFF_TYPED)) {
      expect(settingsRow, field).toContain(typed);
      expect(JSON.stringify(others), field).not.toContain(typed);
    }
  });

  it('two visits from the same page get unrelated random ids, and no event of the second carries anything of the first', async () => {
    const kiosk = testKiosk({ printer: printerSaying('sent') });
    const page: Caller = { caller: 'page:9', token: undefined };
    const { visitId: first } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'vi' }, page);
    await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'vi', visitId: first });
    const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
      actions: [{ tutorialId: FACETIME }],
      completed: [],
      visitId: first,
      locale: 'vi',
    });
    await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'vi' }, visitId: first });
    await call(kiosk, 'recordEvent', { visitId: first, kind: 'visit_reset' });
    const { visitId: second } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'vi' }, page);
    await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'vi', visitId: second });
    await call(kiosk, 'recordEvent', { visitId: second, kind: 'help_requested' });

    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    // Random, not counted or timed: an id from a counter or the clock (a UUIDv7) would share its start.
    expect(second.slice(0, 4)).not.toBe(first.slice(0, 4));
    const log = readTables(kiosk.dataDir, ['visit_event']).visit_event!;
    const ofSecond = log.filter((r) => r.visit_id === second);
    expect(ofSecond.map((r) => r.kind)).toEqual(['visit_started', 'tutorial_opened', 'help_requested']);
    const pieces = [first, ...first.split('-').filter((p) => p.length >= 8), code];
    for (const row of ofSecond) for (const piece of pieces) expect(JSON.stringify(row)).not.toContain(piece);
  });
});

describe('a printed code cannot be tied to the visit that made it', () => {
  it('saved_plan keeps no visit id, no time finer than the day and no save order, and no event keeps the code', async () => {
    let now = new Date(2026, 11, 6, 9, 5);
    const kiosk = testKiosk({ now: () => now, printer: printerSaying('sent', 'sent', 'sent') });
    const { questions } = await call<CallResponse<'getQuestions'>>(kiosk, 'getQuestions', { locale: 'en' });
    const answers = Object.fromEntries(questions.map((q) => [q.id, [q.options[0]!.id]]));
    // Three visitors in one day, at three different hours, with the same answers and so the same plan.
    const codes: string[] = [];
    for (const hour of [9, 11, 15]) {
      now = new Date(2026, 11, 6, hour, 20);
      const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'en' });
      const plan = await call<CallResponse<'makePlan'>>(kiosk, 'makePlan', { locale: 'en', answers, visitId });
      now = new Date(2026, 11, 6, hour, 40);
      const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
        actions: plan.actions.map((a) => ({
          tutorialId: a.tutorialId,
          ...(a.variantId && { variantId: a.variantId }),
        })),
        completed: [],
        visitId,
        locale: 'en',
      });
      await call(kiosk, 'printSheet', { sheet: { kind: 'personal', code, lang: 'en' }, visitId });
      codes.push(code);
    }

    const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('saved_plan') ORDER BY cid").pluck().all();
    const withoutRowid = db.prepare("SELECT wr FROM pragma_table_list WHERE name = 'saved_plan'").pluck().get();
    // The table's own order, as any reader of the file sees it: no ORDER BY.
    const rows = db.prepare('SELECT * FROM saved_plan').all() as Row[];
    db.close();
    // The schema is the promise: a created-at column or a visit id would have to be added here, on purpose.
    expect(columns).toEqual(['code', 'plan_json', 'saved_day']);
    // No rowid, which would number the plans in the order they were saved, as the visit log numbers its events.
    expect(withoutRowid).toBe(1);
    expect(rows.map((r) => r.code)).toEqual([...codes].sort());
    // Apart from its code, each saved plan is the same as the others: nothing picks the visit that made it.
    const rest = rows.map(({ code: _code, ...other }) => JSON.stringify(other));
    expect(new Set(rest).size).toBe(1);
    expect(rows.every((r) => r.saved_day === '2026-12-06')).toBe(true);
    // And the visit log (checklist shown, printed) and its counts hold no code.
    const logged = JSON.stringify(readTables(kiosk.dataDir, ['visit_event', 'visit_rollup']));
    expect(logged).toContain('checklist_printed');
    for (const code of codes) expect(logged).not.toContain(code);
  });
});
