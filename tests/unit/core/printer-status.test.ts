import { describe, expect, it } from 'vitest';
import { createNewsEmitter } from '../../../electron/core/news/news-emitter.ts';
import { watchPrinter } from '../../../electron/core/print/printer-status.ts';
import type { Printer, PrintJob } from '../../../electron/core/print/printer.ts';
import type { PrintResult } from '../../../shared/checklist-schema.ts';
import type { NewsMessage } from '../../../shared/news.ts';

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
