import type { PrintResult } from '../../../shared/checklist-schema.ts';
import type { PrinterState } from '../../../shared/news.ts';
import type { EmitNews } from '../news/news-emitter.ts';
import type { Printer } from './printer.ts';

/** What a job's result says of the printer; the browser's own print says nothing about any printer. */
function stateOf(result: PrintResult): PrinterState | undefined {
  switch (result.status) {
    case 'sent':
      return 'ready';
    case 'failed':
      return result.reason;
    case 'browser':
      return undefined;
  }
}

export interface WatchedPrinter extends Printer {
  /** The printer's state as the last job found it; undefined until a job has gone to a printer. */
  state(): PrinterState | undefined;
}

/**
 * The shell's printer, watched by the core: each job's result is what the kiosk knows of its printer
 * (the shell checks the queue before sending: no paper, offline, no printer), and a change is news for
 * staff screens, "out of paper" and then "the printer is back" when a job prints again. Only a change
 * is sent, never the sheet or its code; the job's result reaches the visitor's screen unchanged.
 */
export function watchPrinter(printer: Printer, emit: EmitNews): WatchedPrinter {
  let last: PrinterState | undefined;
  return {
    async print(job) {
      const result = await printer.print(job);
      const state = stateOf(result);
      if (state !== undefined && state !== last) {
        last = state;
        emit('printerStatus', { state });
      }
      return result;
    },
    list: () => printer.list(),
    state: () => last,
  };
}
