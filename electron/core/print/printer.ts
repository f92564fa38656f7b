import type { PrintResult } from '../../../shared/checklist-schema.ts';
import type { PrinterState } from '../../../shared/news.ts';
import type { PrinterList } from '../../../shared/printers.ts';
import type { PaperSize } from '../../../shared/settings-schema.ts';

export interface PrintJob {
  /** The print page's address inside the kiosk origin, e.g. "/print/checklist?code=48271935&lang=en". */
  path: string;
  paperSize: PaperSize;
  copies: number;
  /** The system name of the printer staff chose; the system default when absent. */
  printerName?: string | undefined;
}

/**
 * What a shell can do with paper. The core decides what to print; a shell that owns a printer
 * (Electron) prints it, and says why not when it cannot. It never throws and never hangs: a
 * failure is a result the visitor's screen can explain.
 */
export interface Printer {
  print(job: PrintJob): Promise<PrintResult>;
  /**
   * Asks the system how the printer is now, without printing (the checks a job makes first): `ready`,
   * or why a job would fail. Never throws, never hangs. Only a shell that owns a printer has it; the
   * core calls it while the printer is known to be down, to notice it coming back (printer-status.ts).
   */
  check?(printerName: string | undefined): Promise<PrinterState>;
  /** The printers staff can choose at setup; like print, never throws (a failed lookup lists none). */
  list(): Promise<PrinterList>;
}

/** The browser shell has no printer of its own: the page prints itself through the browser's print. */
export const browserPrinter: Printer = {
  print: () => Promise.resolve({ status: 'browser' }),
  list: () => Promise.resolve({ kind: 'browser' }),
};
