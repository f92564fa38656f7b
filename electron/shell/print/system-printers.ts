import type { WebContents } from 'electron';
import type { PrinterList } from '../../../shared/printers.ts';
import { withDeadline } from './deadline.ts';
import { describeError } from './print-failed.ts';

/** What listing needs of a page: Electron asks the system's print backend through any webContents. */
export type PrinterSource = Pick<WebContents, 'getPrintersAsync'>;

export interface SystemPrintersDeps {
  /** A live page to ask through (the kiosk window); none yet means nothing to ask, so no printers. */
  source: () => PrinterSource | undefined;
  /** A print backend that never answers must not hold the setup screen: the list is empty after this. */
  timeoutMs?: number;
  warn?: (message: string) => void;
}

/**
 * The system's printers for first-run setup, as Electron reports them. Electron 35 removed
 * `isDefault` from PrinterInfo, so the list does not say which is the default: setup offers "the
 * system default" as a choice of its own instead. Never throws: a failed lookup is logged for staff
 * and lists none, and setup still offers the system default.
 */
export function createSystemPrinters(deps: SystemPrintersDeps): () => Promise<PrinterList> {
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const timeoutMs = deps.timeoutMs ?? 10_000;
  return async () => {
    const source = deps.source();
    if (!source) return { kind: 'system', printers: [] };
    try {
      const found = await withDeadline(
        source.getPrintersAsync(),
        timeoutMs,
        () => new Error(`no answer within ${timeoutMs / 1000} s`),
      );
      return {
        kind: 'system',
        printers: found
          .filter((info) => info.name.length > 0)
          .map((info) => ({ name: info.name, displayName: info.displayName || info.name })),
      };
    } catch (error) {
      warn(`SafeCall listPrinters failed: ${describeError(error)}`);
      return { kind: 'system', printers: [] };
    }
  };
}
