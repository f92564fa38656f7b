import type { PrintJob } from '../../core/print/printer.ts';

/** What a print command needs to know about a job: never the page's address. */
export type SendOptions = Pick<PrintJob, 'printerName' | 'paperSize' | 'copies'>;

/**
 * Sends a PDF that is already on disk to a printer: CUPS `lp` on Linux and macOS, SumatraPDF (through
 * pdf-to-printer) on Windows. One small interface so the printer can be tested with a fake.
 */
export interface PrintCommand {
  /** For the staff log: which path the job took. */
  readonly kind: 'cups' | 'windows';
  /**
   * Checks that the printer exists and can take the job, then hands the file over. Resolves once the
   * system has accepted the job (the file may be deleted then); rejects with a PrintFailed saying
   * why not. Bounded in time: it never hangs.
   */
  send(file: string, options: SendOptions): Promise<void>;
  /**
   * The checks `send` makes before it prints, alone: resolves if the printer could take a job now,
   * rejects with a PrintFailed saying why not. Bounded in time like send.
   */
  check(printerName: string | undefined): Promise<void>;
}
