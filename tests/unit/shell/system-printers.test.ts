import type { PrinterInfo, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronPrinter } from '../../../electron/shell/print/electron-printer.ts';
import { createSystemPrinters, type PrinterSource } from '../../../electron/shell/print/system-printers.ts';

const info = (name: string, displayName: string): PrinterInfo => ({
  name,
  displayName,
  description: '',
  options: {},
});

/** A page that answers getPrintersAsync as Electron's does (typed with Electron's own signature). */
function source(answer: () => Promise<PrinterInfo[]>) {
  return { getPrintersAsync: vi.fn<WebContents['getPrintersAsync']>(answer) } satisfies PrinterSource;
}

describe("the system's printers, for first-run setup", () => {
  it("lists each queue by its system name, with the name the system's dialog shows", async () => {
    const page = source(async () => [
      info('Brother_HL_L2350DW', 'Brother HL-L2350DW (front desk)'),
      info('Office_PDF', ''),
      info('', 'A nameless entry'),
    ]);
    const list = createSystemPrinters({ source: () => page, warn: vi.fn() });
    expect(await list()).toEqual({
      kind: 'system',
      printers: [
        { name: 'Brother_HL_L2350DW', displayName: 'Brother HL-L2350DW (front desk)' },
        { name: 'Office_PDF', displayName: 'Office_PDF' },
      ],
    });
  });

  it('lists none, and says why in the log, when the lookup fails or never answers; none without a page', async () => {
    const warn = vi.fn<(message: string) => void>();
    const failing = createSystemPrinters({
      source: () => source(() => Promise.reject(new Error('CUPS is not running'))),
      warn,
    });
    expect(await failing()).toEqual({ kind: 'system', printers: [] });
    expect(warn).toHaveBeenLastCalledWith('SafeCall listPrinters failed: CUPS is not running');

    const silent = createSystemPrinters({ source: () => source(() => new Promise(() => {})), timeoutMs: 1, warn });
    expect(await silent()).toEqual({ kind: 'system', printers: [] });
    expect(warn).toHaveBeenLastCalledWith('SafeCall listPrinters failed: no answer within 0.001 s');

    expect(await createSystemPrinters({ source: () => undefined, warn })()).toEqual({ kind: 'system', printers: [] });
  });

  it("is the Electron printer's list, not queued behind a print job", async () => {
    const printer = createElectronPrinter({
      // A job that never finishes: listing must still answer.
      renderPdf: () => new Promise(() => {}),
      command: { kind: 'cups', send: async () => undefined, check: async () => undefined },
      listPrinters: createSystemPrinters({ source: () => source(async () => [info('Brother', 'Brother')]) }),
      warn: vi.fn(),
    });
    void printer.print({ path: '/print/checklist?code=1', paperSize: 'A4', copies: 1 });
    expect(await printer.list()).toEqual({ kind: 'system', printers: [{ name: 'Brother', displayName: 'Brother' }] });
  });
});
