import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallName, ResultEnvelope } from '../../../shared/api.ts';
import { printTicketOf } from '../../../shared/checklist-schema.ts';
import type { VisitReport } from '../../../shared/report-schema.ts';
import type { ReportSheetView } from '../../../shared/report-sheet-schema.ts';
import { PAGE_ID_HEADER } from '../../../shared/staff.ts';
import type { Printer, PrintJob } from '../../../electron/core/print/printer.ts';
import { TICKET_LIFETIME_MS } from '../../../electron/core/reports/print-tickets.ts';
import { createIpcHandler } from '../../../electron/shell/ipc.ts';
import { createWebServer, listen } from '../../../electron/web/server.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';
import { tempDir, testKiosk } from '../../support/temp-dir.ts';
import { httpEnvelope, unwrap } from '../../support/unwrap.ts';

/**
 * The printable monthly report through the core (report-print): staff print it, the print page reads it
 * with the one-time ticket printSheet put in its address, and a visitor page reads no number of it
 * through any door: the core's dispatch, Electron's IPC (the print window's own bridge), or HTTP.
 */

const NOVEMBER = { kind: 'report', month: '2026-11', lang: 'en' } as const;
const DAY = 86_400_000;
const servers: Array<{ close: () => void }> = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A kiosk with an Electron-like printer that only keeps the jobs' addresses, on a clock the test moves. */
function kioskPrinting() {
  let now = new Date(2026, 11, 6, 10, 0).getTime();
  const jobs: PrintJob[] = [];
  const printer: Printer = {
    print: (job) => {
      jobs.push(job);
      return Promise.resolve({ status: 'sent', copies: job.copies });
    },
    list: () => Promise.resolve({ kind: 'browser' }),
  };
  const kiosk = testKiosk({ now: () => new Date(now), printer });
  return {
    kiosk,
    jobs,
    advance: (ms: number) => {
      now += ms;
    },
    /** A staff member prints the report; the print page's address is what the printer was handed. */
    async print(sheet: { kind: 'report'; month: string; lang: 'en' | 'ar' | 'zh-Hant' } = NOVEMBER) {
      expect(await staffCall(kiosk, 'printSheet', { sheet })).toEqual({ status: 'sent', copies: 1 });
      const url = new URL(jobs.at(-1)?.path ?? '', 'app://kiosk');
      const ticket = printTicketOf(url.search);
      if (!ticket) throw new Error(`no ticket in ${url.pathname}`);
      return { url, ticket };
    },
  };
}

const visitor = { caller: 'window:7', token: undefined };
const reportRequest = (ticket?: string) => ({ month: '2026-11', lang: 'en', ...(ticket && { ticket }) });

/** Every way a visitor page might ask for the month's numbers, none of them staff. */
function visitorAttempts(usedTicket: string): Array<[CallName, unknown, string]> {
  return [
    ['composeReportSheet', reportRequest(), 'unauthorized'],
    ['composeReportSheet', reportRequest('A'.repeat(43)), 'forbidden'],
    ['composeReportSheet', reportRequest(usedTicket), 'forbidden'],
    ['getVisitReport', { from: '2026-11-01', to: '2026-11-30', locale: 'en' }, 'unauthorized'],
    ['exportVisitReport', { from: '2026-11-01', to: '2026-11-30', locale: 'en' }, 'unauthorized'],
    ['printSheet', { sheet: NOVEMBER }, 'unauthorized'],
    ['composeSheet', { sheet: NOVEMBER }, 'invalid_request'],
  ];
}

function expectRefused(envelope: ResultEnvelope, code: string, what: string) {
  expect(envelope, what).toEqual({ ok: false, error: { code, message: expect.any(String) } });
}

/**
 * Counts under `below` (but not zero) printed as "<below", everywhere in the report; a larger count as it
 * is, or under a true bound where a sum would give a small one away (shared/report-suppress.ts).
 */
function expectSuppressed(exact: unknown, printed: unknown, below: number, path = 'report') {
  if (typeof exact === 'number') {
    if (exact > 0 && exact < below) expect(printed, path).toBe(`<${below}`);
    else if (typeof printed === 'string') expect(Number(printed.slice(1)), path).toBeGreaterThan(exact);
    else expect(printed, path).toBe(exact);
  } else if (Array.isArray(exact)) {
    expect((printed as unknown[]).length, path).toBe(exact.length);
    exact.forEach((e, i) => expectSuppressed(e, (printed as unknown[])[i], below, `${path}[${i}]`));
  } else if (exact && typeof exact === 'object') {
    for (const [key, value] of Object.entries(exact))
      expectSuppressed(value, (printed as Record<string, unknown>)[key], below, `${path}.${key}`);
  } else expect(printed, path).toEqual(exact);
}

describe('the printable monthly report', () => {
  it("prints through staff's printSheet; its page reads the month's numbers once with the ticket in its address, suppressed", async () => {
    const { kiosk, jobs, print, advance } = kioskPrinting();
    // Two visits in November (two is under the suppression threshold of 5), then back to December.
    advance(-16 * DAY);
    for (const locale of ['en', 'ar'] as const) unwrap('startVisit', await kiosk.dispatch('startVisit', { locale }));
    advance(16 * DAY);
    const { url, ticket } = await print();
    expect(url.pathname).toBe('/print/report');
    expect(jobs[0]).toMatchObject({ paperSize: kiosk.settings.paperSize, copies: 1 });

    // The print window: the kiosk page's bridge, no staff session.
    const sheet = unwrap<ReportSheetView>(
      'composeReportSheet',
      await kiosk.dispatch('composeReportSheet', reportRequest(ticket), visitor),
    );
    expect(sheet).toMatchObject({ month: '2026-11', lang: 'en', generatedOn: '2026-12-06', suppressBelow: 5 });
    const exact = await staffCall<VisitReport>(kiosk, 'getVisitReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      locale: 'en',
    });
    expect(exact.visits.total).toBe(2);
    expect(sheet.report.visits.total).toBe('<5');
    expectSuppressed(exact, sheet.report, 5);
    expect(sheet.report.range).toEqual({ from: '2026-11-01', to: '2026-11-30' });

    expectRefused(
      await kiosk.dispatch('composeReportSheet', reportRequest(ticket), visitor),
      'forbidden',
      'the same ticket again',
    );
  });

  it('staff see the same sheet without a ticket, for the preview', async () => {
    const { kiosk } = kioskPrinting();
    const sheet = await staffCall<ReportSheetView>(kiosk, 'composeReportSheet', reportRequest());
    expect(sheet.report.centreName).toBe(kiosk.settings.centreName);
  });

  it('a ticket opens nothing after five minutes, nor another month or language', async () => {
    const { kiosk, print, advance } = kioskPrinting();
    const late = await print();
    advance(TICKET_LIFETIME_MS);
    expectRefused(await kiosk.dispatch('composeReportSheet', reportRequest(late.ticket), visitor), 'forbidden', 'late');

    const november = await print();
    expectRefused(
      await kiosk.dispatch('composeReportSheet', { month: '2026-10', lang: 'en', ticket: november.ticket }, visitor),
      'forbidden',
      'another month',
    );
    const arabic = await print({ kind: 'report', month: '2026-11', lang: 'ar' });
    expectRefused(
      await kiosk.dispatch('composeReportSheet', { ...reportRequest(arabic.ticket), lang: 'en' }, visitor),
      'forbidden',
      'another language',
    );
  });

  it("a visitor reads no number through the core's dispatch", async () => {
    const { kiosk, print } = kioskPrinting();
    const { ticket } = await print();
    unwrap('the print page', await kiosk.dispatch('composeReportSheet', reportRequest(ticket), visitor));
    for (const [call, request, code] of visitorAttempts(ticket))
      expectRefused(await kiosk.dispatch(call, request, visitor), code, `${call} ${JSON.stringify(request)}`);
  });

  it('a visitor page reads no number through the Electron IPC handler, which the print window shares', async () => {
    const { kiosk, print } = kioskPrinting();
    const { ticket } = await print();
    const event = (id: number) => ({ senderFrame: { url: 'app://kiosk/index.html' }, sender: { id } });
    const printWindow = { senderFrame: { url: `app://kiosk/print/report?month=2026-11&lang=en` }, sender: { id: 9 } };
    unwrap('the print window', await createIpcHandler('composeReportSheet', kiosk)(printWindow, reportRequest(ticket)));
    for (const [call, request, code] of visitorAttempts(ticket))
      expectRefused(await createIpcHandler(call, kiosk)(event(7), request), code, `IPC ${call}`);
  });

  it('a visitor page reads no number over HTTP from the browser shell', async () => {
    const { kiosk, print } = kioskPrinting();
    await signInStaff(kiosk);
    const { ticket } = await print();
    const rendererDir = tempDir('safecall-renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir });
    const port = await listen(server, 0);
    servers.push(server);
    const post = async (call: CallName, body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/${call}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [PAGE_ID_HEADER]: crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      return httpEnvelope(response.status, await response.json());
    };
    unwrap('the print page', await post('composeReportSheet', reportRequest(ticket)));
    for (const [call, request, code] of visitorAttempts(ticket))
      expectRefused(await post(call, request), code, `HTTP ${call}`);
  });
});
