import type { PrintOptions } from 'pdf-to-printer';
import { withDeadline } from './deadline.ts';
import type { PrintCommand, SendOptions } from './print-command.ts';
import { describeError, PrintFailed } from './print-failed.ts';
import { createWindowsStatus, windowsFailure, type WindowsStatus } from './windows-status.ts';

/** The part of pdf-to-printer this uses; tests hand in a fake. */
export interface PdfToPrinter {
  getPrinters(): Promise<Array<{ deviceId: string; name: string }>>;
  getDefaultPrinter(): Promise<{ deviceId: string; name: string } | null>;
  print(pdf: string, options?: PrintOptions): Promise<void>;
}

/**
 * pdf-to-printer is CommonJS (a webpack bundle): through esbuild's require() its functions are named
 * exports, through Node's own ESM loader they sit on `default`. Either way, the same three functions.
 */
export function pickPdfToPrinter(module: Partial<PdfToPrinter> & { default?: Partial<PdfToPrinter> }): PdfToPrinter {
  const api = typeof module.print === 'function' ? module : module.default;
  if (
    !api ||
    typeof api.print !== 'function' ||
    typeof api.getPrinters !== 'function' ||
    typeof api.getDefaultPrinter !== 'function'
  ) {
    throw new Error('pdf-to-printer does not export print, getPrinters and getDefaultPrinter');
  }
  return api as PdfToPrinter;
}

/**
 * Loaded on first print only, and only on Windows: Linux never loads it. It stays a real package
 * (external in scripts/build-electron.ts, unpacked from asar in electron-builder.yml) because it runs
 * the SumatraPDF.exe that ships next to its bundle, and execFile cannot run a file inside asar.
 */
export async function loadPdfToPrinter(): Promise<PdfToPrinter> {
  return pickPdfToPrinter((await import('pdf-to-printer')) as Parameters<typeof pickPdfToPrinter>[0]);
}

export interface WindowsCommandOptions {
  load?: () => Promise<PdfToPrinter>;
  /** For each of the printer lookup (PowerShell) and the print (SumatraPDF). */
  timeoutMs?: number;
  /** The printer's state from Win32_Printer (windows-status.ts); undefined when not known. */
  status?: WindowsStatus;
}

/** SumatraPDF's -print-settings paper names. */
const SUMATRA_PAPER = { A4: 'A4', Letter: 'letter' } as const;

/**
 * Windows: look the printer up by name (pdf-to-printer asks Win32_Printer), ask Windows whether it
 * is offline, out of paper or jammed (windows-status.ts), then print silently with SumatraPDF.
 * SumatraPDF hands the job to the spooler and exits 0 whatever the printer's state, so a printer
 * whose driver reports nothing still looks "sent" (the visitor's screen says "sent to the printer; if
 * nothing comes out, ask staff"). A timed-out SumatraPDF is not killed (pdf-to-printer does not hand
 * out the process), but the kiosk stops waiting for it.
 */
export function createWindowsPrintCommand(options: WindowsCommandOptions = {}): PrintCommand {
  const load = options.load ?? loadPdfToPrinter;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const status = options.status ?? createWindowsStatus();
  let loaded: Promise<PdfToPrinter> | undefined;

  async function pdfToPrinter(): Promise<PdfToPrinter> {
    const pending = (loaded ??= Promise.resolve().then(load));
    try {
      return await bounded('loading pdf-to-printer', () => pending);
    } catch (error) {
      // A failed load is tried again on the next print rather than remembered.
      loaded = undefined;
      throw error;
    }
  }

  function bounded<T>(what: string, work: () => Promise<T>): Promise<T> {
    return withDeadline(
      Promise.resolve().then(work),
      timeoutMs,
      () => new PrintFailed('failed', `windows: ${what} did not finish within ${timeoutMs / 1000} s`),
    ).catch((error: unknown) => {
      if (error instanceof PrintFailed) throw error;
      throw new PrintFailed('failed', `windows: ${what} failed: ${describeError(error)}`, { cause: error });
    });
  }

  /** The printer a job goes to (undefined: SumatraPDF's default), once it is found and can take one. */
  async function ready(printerName: string | undefined): Promise<{ api: PdfToPrinter; printer: string | undefined }> {
    const api = await pdfToPrinter();

    let printer: string | undefined;
    let checked: string;
    if (printerName !== undefined) {
      const wanted = printerName.toLowerCase();
      const printers = await bounded('listing printers', () => api.getPrinters());
      // Windows printer names are case-insensitive; SumatraPDF is given the name as Windows spells it.
      const found = printers.find((p) => p.name.toLowerCase() === wanted);
      if (!found)
        throw new PrintFailed(
          'no_printer',
          `windows: no printer named "${printerName}" (${printers.length} installed)`,
        );
      printer = found.name;
      checked = found.name;
    } else {
      const fallback = await bounded('finding the default printer', () => api.getDefaultPrinter());
      if (!fallback)
        throw new PrintFailed(
          'no_printer',
          'windows: no printer is set in the kiosk settings and Windows has no default printer',
        );
      checked = fallback.name;
    }

    const state = await status(checked);
    const failure = state && windowsFailure(state);
    if (failure) throw new PrintFailed(failure.reason, `windows: ${checked}: ${failure.detail}`);
    return { api, printer };
  }

  return {
    kind: 'windows',
    check: async (printerName) => void (await ready(printerName)),
    async send(file: string, job: SendOptions): Promise<void> {
      const { api, printer } = await ready(job.printerName);
      await bounded('SumatraPDF printing', () =>
        api.print(file, {
          ...(printer === undefined ? {} : { printer }),
          copies: job.copies,
          paperSize: SUMATRA_PAPER[job.paperSize],
          silent: true,
        }),
      );
    },
  };
}
