import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { PrintJob } from '../../core/print/printer.ts';
import { isKioskUrl, KIOSK_ORIGIN } from '../kiosk-origin.ts';
import { setupPageLockdown } from '../lockdown.ts';
import { kioskWindowOptions, type KioskWindowInput } from '../window.ts';
import { withDeadline } from './deadline.ts';
import { describeError, PrintFailed } from './print-failed.ts';

/**
 * The print window: the print page (renderer/print/) laid out in a hidden window on the kiosk's own
 * origin, then turned into a PDF. Printing the PDF, rather than Chromium's silent print, is what works
 * on both systems (ELECTRON-NOTES.md §3.2: silent printing ignores the chosen printer, prints blank or
 * never calls back, depending on platform and version).
 */

/**
 * The kiosk window's hardened preferences, preload included: the print page asks the core for the
 * sheet through the same `kiosk` bridge, and IPC already trusts app://kiosk senders. Never shown, and
 * not throttled: a hidden page must still load its fonts and lay out at full speed.
 */
export function printWindowOptions(input: KioskWindowInput): BrowserWindowConstructorOptions {
  const kiosk = kioskWindowOptions(input);
  return {
    title: 'SafeCall Kiosk print',
    show: false,
    frame: false,
    skipTaskbar: true,
    focusable: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...kiosk.webPreferences, backgroundThrottling: false },
  };
}

/** The PDF's paper is the kiosk's setting, and the sheet's own @page rule (A4 or Letter) wins when present. */
export function pdfOptions(paperSize: PrintJob['paperSize']): PrintToPDFOptions {
  return { pageSize: paperSize, preferCSSPageSize: true, printBackground: true };
}

/** The print page's address inside the kiosk origin; anything that resolves elsewhere is refused. */
export function printPageUrl(path: string): string {
  const url = path.startsWith('/') ? new URL(path, KIOSK_ORIGIN).href : '';
  if (!isKioskUrl(url)) throw new PrintFailed('failed', 'page: the print page address is not on app://kiosk');
  return url;
}

type PrintContents = Pick<
  BrowserWindow['webContents'],
  | 'on'
  | 'loadURL'
  | 'executeJavaScript'
  | 'printToPDF'
  | 'setWindowOpenHandler'
  | 'setVisualZoomLevelLimits'
  | 'setZoomLevel'
>;
export interface PrintWindow {
  readonly webContents: PrintContents;
  destroy(): void;
  isDestroyed(): boolean;
}
export type PrintWindowClass = new (options: BrowserWindowConstructorOptions) => PrintWindow;

export interface PrintWindowDeps extends KioskWindowInput {
  BrowserWindow: PrintWindowClass;
  /** Load, ready and PDF together; a page that never settles must not freeze the kiosk. */
  timeoutMs?: number;
}

/**
 * Electron's loadURL error message quotes the address, and the address holds the visitor's resume
 * code: only the Chromium error code (ERR_FILE_NOT_FOUND, -6) reaches the log.
 */
export function loadErrorCode(error: unknown): string {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  const parts = [code, errno].filter((part) => typeof part === 'string' || typeof part === 'number');
  return parts.length > 0 ? parts.join(', ') : 'no error code';
}

/** What the print page's `window.__safecallPrintReady` promise settles to (renderer/print/PrintPage.tsx). */
const READY_EXPRESSION = 'window.__safecallPrintReady';

/**
 * Lays the sheet at job.path out in a hidden window and returns it as a PDF. Rejects with a PrintFailed
 * (always 'failed': a page fault is not the printer's) when the page fails to load, its renderer dies,
 * it reports 'error' (the page itself shows staff why), or nothing settles within the timeout. The
 * window is destroyed afterwards in every case.
 */
export async function renderSheetPdf(
  deps: PrintWindowDeps,
  job: Pick<PrintJob, 'path' | 'paperSize'>,
): Promise<Buffer> {
  const url = printPageUrl(job.path);
  const timeoutMs = deps.timeoutMs ?? 20_000;
  const window = new deps.BrowserWindow(printWindowOptions(deps));
  try {
    const contents = window.webContents;
    setupPageLockdown(contents);
    // A failed load also rejects loadURL; the events catch what happens after it resolved, or a load
    // the promise never reports (a subframe does not count: the sheet is one document).
    const broken = new Promise<never>((_resolve, reject) => {
      contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
        if (isMainFrame)
          reject(
            new PrintFailed('failed', `page: did not load (${errorDescription || 'no description'}, ${errorCode})`),
          );
      });
      contents.on('render-process-gone', (_event, details) => {
        reject(new PrintFailed('failed', `page: its renderer is gone (${details.reason})`));
      });
    });
    // Its rejection is taken by the races below; this only keeps one that comes after the job ended
    // (a renderer gone once the PDF is made) from being reported as unhandled.
    broken.catch(() => undefined);

    const work = async (): Promise<Buffer> => {
      await Promise.race([
        contents.loadURL(url).catch((error: unknown) => {
          throw new PrintFailed('failed', `page: did not load (${loadErrorCode(error)})`, { cause: error });
        }),
        broken,
      ]);
      const state: unknown = await Promise.race([
        contents.executeJavaScript(READY_EXPRESSION).catch((error: unknown) => {
          throw new PrintFailed('failed', `page: the ready check failed (${describeError(error)})`, { cause: error });
        }),
        broken,
      ]);
      if (state === 'error')
        throw new PrintFailed('failed', 'page: the print page could not lay the sheet out (it shows why when opened)');
      if (state !== 'ready')
        throw new PrintFailed('failed', `page: the print page gave no ready signal (${typeof state})`);
      return await Promise.race([
        contents.printToPDF(pdfOptions(job.paperSize)).catch((error: unknown) => {
          throw new PrintFailed('failed', `page: printToPDF failed (${describeError(error)})`, { cause: error });
        }),
        broken,
      ]);
    };
    return await withDeadline(
      work(),
      timeoutMs,
      () => new PrintFailed('failed', `page: not ready and printed within ${timeoutMs / 1000} s`),
    );
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
