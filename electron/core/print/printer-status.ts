import type { PrintResult } from '../../../shared/checklist-schema.ts';
import type { PrinterState } from '../../../shared/news.ts';
import type { EmitNews } from '../news/news-emitter.ts';
import { NODE_TIMERS, type Timers } from '../timers.ts';
import type { Printer } from './printer.ts';

/**
 * How often the core asks the shell about a printer that is down. Slow: someone has to walk over with
 * paper or a cable, and a check is a spooler call (lpstat, or a WMI query on Windows).
 */
export const PRINTER_RECHECK_MS = 60_000;

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
  /** The printer's state as the last job or check found it; undefined until either has. */
  state(): PrinterState | undefined;
  /** Stops the check: the core is closing. */
  stop(): void;
}

export interface WatchOptions {
  /** The printer staff chose (the settings can change while the kiosk runs); the system default when undefined. */
  printerName?: () => string | undefined;
  timers?: Timers;
  recheckMs?: number;
}

/**
 * The shell's printer, watched by the core: each job's result is what the kiosk knows of its printer
 * (the shell checks the queue before sending: no paper, offline, no printer), and a change is news for
 * staff screens. While the printer is down, and only then, the core asks the shell's check (if the
 * shell has one) every PRINTER_RECHECK_MS, so "the printer is back" is news when someone fixes it,
 * not only when the next visitor happens to print. No page polls: the page is told. Only a change is
 * sent, never the sheet or its code; the job's result reaches the visitor's screen unchanged.
 */
export function watchPrinter(printer: Printer, emit: EmitNews, options: WatchOptions = {}): WatchedPrinter {
  const timers = options.timers ?? NODE_TIMERS;
  const recheckMs = options.recheckMs ?? PRINTER_RECHECK_MS;
  let last: PrinterState | undefined;
  let recheck: unknown;
  let checking = false;
  let stopped = false;

  const learn = (state: PrinterState) => {
    if (state !== last) {
      last = state;
      emit('printerStatus', { state });
    }
    if (state === 'ready') {
      timers.clear(recheck);
      recheck = undefined;
    } else armRecheck();
  };
  const armRecheck = () => {
    const check = printer.check;
    if (!check || stopped || recheck !== undefined || checking) return;
    recheck = timers.set(() => {
      recheck = undefined;
      checking = true;
      void check.call(printer, options.printerName?.()).then(
        (state) => {
          checking = false;
          if (!stopped) learn(state);
        },
        () => {
          // A check promises never to throw; should one, the printer is still down as far as we know.
          checking = false;
          armRecheck();
        },
      );
    }, recheckMs);
  };

  return {
    async print(job) {
      const result = await printer.print(job);
      const state = stateOf(result);
      if (state !== undefined) learn(state);
      return result;
    },
    list: () => printer.list(),
    state: () => last,
    stop: () => {
      stopped = true;
      timers.clear(recheck);
      recheck = undefined;
    },
  };
}
