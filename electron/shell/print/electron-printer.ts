import type { PrintResult } from '../../../shared/checklist-schema.ts';
import type { PrinterState } from '../../../shared/news.ts';
import type { PrinterList } from '../../../shared/printers.ts';
import type { Printer, PrintJob } from '../../core/print/printer.ts';
import { withDeadline } from './deadline.ts';
import type { PrintCommand } from './print-command.ts';
import { describeError, PrintFailed } from './print-failed.ts';
import { sweepTempPdfs, withTempPdf } from './temp-pdf.ts';

export interface ElectronPrinterDeps {
  /** The sheet as a PDF (print-window.ts in the app). */
  renderPdf: (job: PrintJob) => Promise<Uint8Array>;
  /** lp or SumatraPDF (print-command.ts). */
  command: PrintCommand;
  /** The system's printers, for setup to choose from (system-printers.ts). */
  listPrinters: () => Promise<PrinterList>;
  /** Where the temporary PDF goes; the OS temp folder unless given. */
  tempDir?: string | undefined;
  /**
   * A backstop over a whole job, should a step ever miss its own timeout: the queue behind it must
   * move on. Larger than the steps' own budgets together (the page 20 s, then 30 s for each command:
   * lpstat and lp, or loading pdf-to-printer, the printer lookup and SumatraPDF).
   */
  jobTimeoutMs?: number;
  warn?: (message: string) => void;
}

/**
 * The Electron shell's Printer: the sheet is laid out in a hidden window, printed to a PDF, written
 * to a temporary file and handed to the system's print command. One job at a time: a second press
 * waits its turn, so there are never two print windows or two spooler calls at once (short of a job
 * overrunning its backstop below: the queue then moves on while the stuck step runs out). It never throws
 * and never hangs; a failure is a result ("ask staff", the checklist kept to retry), and its technical
 * reason goes to the log for staff. The log never holds the page address (it carries a resume code).
 */
export function createElectronPrinter(deps: ElectronPrinterDeps): Printer {
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const jobTimeoutMs = deps.jobTimeoutMs ?? 120_000;
  // First in the queue: sheets a crash left in the temp folder go before any new job is written there.
  let queue: Promise<unknown> = sweepTempPdfs({ dir: deps.tempDir, warn });

  async function printOne(job: PrintJob): Promise<PrintResult> {
    try {
      await withDeadline(
        (async () => {
          const pdf = await deps.renderPdf(job);
          await withTempPdf(pdf, (file) => deps.command.send(file, job), { dir: deps.tempDir, warn });
        })(),
        jobTimeoutMs,
        () => new PrintFailed('failed', `the job did not finish within ${jobTimeoutMs / 1000} s`),
      );
      return { status: 'sent', copies: job.copies };
    } catch (error) {
      const reason = error instanceof PrintFailed ? error.reason : 'failed';
      warn(`SafeCall printSheet (${deps.command.kind}) failed, ${reason}: ${describeError(error)}`);
      return { status: 'failed', reason };
    }
  }

  async function checkOne(printerName: string | undefined): Promise<PrinterState> {
    try {
      await withDeadline(
        deps.command.check(printerName),
        jobTimeoutMs,
        () => new PrintFailed('failed', `the printer check did not finish within ${jobTimeoutMs / 1000} s`),
      );
      return 'ready';
    } catch (error) {
      return error instanceof PrintFailed ? error.reason : 'failed';
    }
  }

  return {
    print(job) {
      const result = queue.then(() => printOne(job));
      queue = result;
      return result;
    },
    // In the same queue as the jobs: never a check and a job at the spooler at once. Not logged: the
    // core asks every minute while the printer is down, and the failed job already said why.
    check(printerName) {
      const result = queue.then(() => checkOne(printerName));
      queue = result;
      return result;
    },
    // Not queued behind print jobs: listing sends nothing to a printer, and setup should not wait on paper.
    list: () => deps.listPrinters(),
  };
}
