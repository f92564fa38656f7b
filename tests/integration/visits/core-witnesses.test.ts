import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import type { PrintResult } from '../../../shared/checklist-schema.ts';
import { CORE_ONLY_EVENT_KINDS } from '../../../shared/events.ts';
import type { Printer } from '../../../electron/core/print/printer.ts';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { staffCall } from '../../support/staff.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';

/**
 * The core records what it witnesses (audit F3, issue 16): a checklist shown, printed (or not) and
 * resumed are logged where they happen, with the visit the request names; the page can no longer say so.
 */

const FACETIME = 'iphone-turn-off-facetime';

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
