import { describe, expect, it } from 'vitest';
import { createNewsEmitter } from '../../../electron/core/news/news-emitter.ts';
import { PRINTER_RECHECK_MS, watchPrinter } from '../../../electron/core/print/printer-status.ts';
import { browserPrinter, type Printer, type PrintJob } from '../../../electron/core/print/printer.ts';
import type { PrintResult } from '../../../shared/checklist-schema.ts';
import type { NewsMessage, PrinterState } from '../../../shared/news.ts';
import { fakeClock } from './staff/fake-staff.ts';

function listening() {
  const news = createNewsEmitter(() => {});
  const heard: NewsMessage[] = [];
  news.subscribe((m) => void heard.push(m));
  return { news, heard };
}

const JOB: PrintJob = { path: '/print/checklist?code=48271935&lang=en', paperSize: 'A4', copies: 1 };

function printerAnswering(...results: PrintResult[]): Printer {
  return {
    print: () => Promise.resolve(results.shift() ?? { status: 'sent', copies: 1 }),
    list: () => Promise.resolve({ kind: 'system', printers: [{ name: 'Brother', displayName: 'Brother' }] }),
  };
}

describe("the kiosk's printer, watched", () => {
  it('tells staff screens when the paper runs out and when the printer is back, once per change', async () => {
    const { news, heard } = listening();
    const printer = watchPrinter(
      printerAnswering(
        { status: 'sent', copies: 1 },
        { status: 'failed', reason: 'no_paper' },
        { status: 'failed', reason: 'no_paper' },
        { status: 'failed', reason: 'offline' },
        { status: 'sent', copies: 2 },
        { status: 'sent', copies: 1 },
      ),
      news.emit,
    );
    expect(printer.state()).toBeUndefined();
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await printer.print(JOB));
    expect(heard.map((m) => m.payload)).toEqual([
      { state: 'ready' },
      { state: 'no_paper' },
      { state: 'offline' },
      { state: 'ready' },
    ]);
    expect(printer.state()).toBe('ready');
    // The visitor's screen gets each job's own result, untouched.
    expect(results[1]).toEqual({ status: 'failed', reason: 'no_paper' });
    expect(results[4]).toEqual({ status: 'sent', copies: 2 });
  });

  it("says nothing in the browser shell, whose page prints through the browser's own print", async () => {
    const { news, heard } = listening();
    const printer = watchPrinter(printerAnswering({ status: 'browser' }), news.emit);
    expect(await printer.print(JOB)).toEqual({ status: 'browser' });
    expect(heard).toEqual([]);
    expect(printer.state()).toBeUndefined();
  });

  it("passes the shell's printer list through for setup, and says nothing of it", async () => {
    const { news, heard } = listening();
    const printer = watchPrinter(printerAnswering(), news.emit);
    expect(await printer.list()).toEqual({ kind: 'system', printers: [{ name: 'Brother', displayName: 'Brother' }] });
    expect(heard).toEqual([]);
  });
});

/** Lets the check's promise settle: the fake printer answers at once, but still asynchronously. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a printer that is down, watched', () => {
  /** A printer whose jobs fail for want of paper, and whose check answers what `now` says. */
  function downPrinter() {
    let now: PrinterState = 'no_paper';
    const checked: Array<string | undefined> = [];
    const printer: Printer = {
      print: () => Promise.resolve(now === 'ready' ? { status: 'sent', copies: 1 } : { status: 'failed', reason: now }),
      check: (name) => {
        checked.push(name);
        return Promise.resolve(now);
      },
      list: browserPrinter.list,
    };
    return { printer, checked, set: (state: PrinterState) => void (now = state) };
  }

  it('is checked once a minute, only while it is down, and staff hear it is back without anyone printing', async () => {
    const clock = fakeClock();
    const { news, heard } = listening();
    const fake = downPrinter();
    const printer = watchPrinter(fake.printer, news.emit, { timers: clock.timers, printerName: () => 'Brother_HL' });
    // Until a job finds it down, nobody asks the printer anything.
    clock.advance(10 * PRINTER_RECHECK_MS);
    expect(fake.checked).toEqual([]);

    await printer.print(JOB);
    expect(heard.map((m) => m.payload)).toEqual([{ state: 'no_paper' }]);
    clock.advance(PRINTER_RECHECK_MS - 1);
    expect(fake.checked).toEqual([]);
    clock.advance(1);
    await settled();
    expect(fake.checked).toEqual(['Brother_HL']);
    // Still no paper: no news, and another check a minute on.
    expect(heard).toHaveLength(1);
    fake.set('ready');
    clock.advance(PRINTER_RECHECK_MS);
    await settled();
    expect(fake.checked).toHaveLength(2);
    expect(heard.map((m) => m.payload)).toEqual([{ state: 'no_paper' }, { state: 'ready' }]);
    expect(printer.state()).toBe('ready');
    // Back: no more checks.
    expect(clock.pending()).toBe(0);
    clock.advance(10 * PRINTER_RECHECK_MS);
    expect(fake.checked).toHaveLength(2);
  });

  it('tells a change the check finds (offline, then no paper), and a job that prints ends the checks too', async () => {
    const clock = fakeClock();
    const { news, heard } = listening();
    const fake = downPrinter();
    const printer = watchPrinter(fake.printer, news.emit, { timers: clock.timers });
    fake.set('offline');
    await printer.print(JOB);
    fake.set('no_paper');
    clock.advance(PRINTER_RECHECK_MS);
    await settled();
    expect(heard.map((m) => m.payload)).toEqual([{ state: 'offline' }, { state: 'no_paper' }]);
    expect(fake.checked).toEqual([undefined]);
    expect(clock.pending()).toBe(1);
    fake.set('ready');
    await printer.print(JOB);
    expect(clock.pending()).toBe(0);
    expect(heard.at(-1)?.payload).toEqual({ state: 'ready' });
  });

  it('is never checked when the shell has no check (the browser shell), nor after the core stopped it', async () => {
    const clock = fakeClock();
    const { news } = listening();
    const noCheck = watchPrinter(printerAnswering({ status: 'failed', reason: 'offline' }), news.emit, {
      timers: clock.timers,
    });
    await noCheck.print(JOB);
    expect(clock.pending()).toBe(0);

    const fake = downPrinter();
    const stopped = watchPrinter(fake.printer, news.emit, { timers: clock.timers });
    await stopped.print(JOB);
    expect(clock.pending()).toBe(1);
    stopped.stop();
    expect(clock.pending()).toBe(0);
    clock.advance(PRINTER_RECHECK_MS);
    expect(fake.checked).toEqual([]);
  });
});
