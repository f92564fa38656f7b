import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { ExecFile } from '../../../electron/shell/print/cups-command.ts';
import {
  createWindowsPrintCommand,
  loadPdfToPrinter,
  pickPdfToPrinter,
  type PdfToPrinter,
} from '../../../electron/shell/print/windows-command.ts';
import {
  createWindowsStatus,
  STATUS_SCRIPT,
  windowsFailure,
  type WindowsStatus,
} from '../../../electron/shell/print/windows-status.ts';
import { printFailure } from './print-failure.ts';

const FILE = 'C:\\Users\\kiosk\\AppData\\Local\\Temp\\safecall-print-a1\\safecall-checklist.pdf';
const BROTHER = {
  deviceId: 'Brother HL-L2350DW series',
  name: 'Brother HL-L2350DW series',
  paperSizes: ['A4', 'Letter'],
};
const PDF_PRINTER = { deviceId: 'Microsoft Print to PDF', name: 'Microsoft Print to PDF', paperSizes: ['A4'] };

/** A Windows whose printer state is not known (most of these tests are about pdf-to-printer). */
const notKnown: WindowsStatus = async () => undefined;

function fakePdfToPrinter(overrides: Partial<PdfToPrinter> = {}) {
  return {
    getPrinters: vi.fn<PdfToPrinter['getPrinters']>(async () => [PDF_PRINTER, BROTHER]),
    getDefaultPrinter: vi.fn<PdfToPrinter['getDefaultPrinter']>(async () => BROTHER),
    print: vi.fn<PdfToPrinter['print']>(async () => undefined),
    ...overrides,
  };
}

const sendFails = printFailure;

describe('the Windows print command (pdf-to-printer, faked)', () => {
  it('prints silently to the named printer with the copies and paper size, as Windows spells the name', async () => {
    const api = fakePdfToPrinter();
    const command = createWindowsPrintCommand({ load: async () => api, status: notKnown });
    expect(command.kind).toBe('windows');
    await command.send(FILE, { printerName: 'brother hl-l2350dw SERIES', copies: 2, paperSize: 'A4' });
    expect(api.print).toHaveBeenCalledExactlyOnceWith(FILE, {
      printer: 'Brother HL-L2350DW series',
      copies: 2,
      paperSize: 'A4',
      silent: true,
    });
  });

  it("uses SumatraPDF's paper name for Letter", async () => {
    const api = fakePdfToPrinter();
    await createWindowsPrintCommand({ load: async () => api, status: notKnown }).send(FILE, {
      printerName: 'Microsoft Print to PDF',
      copies: 1,
      paperSize: 'Letter',
    });
    expect(api.print).toHaveBeenCalledWith(
      FILE,
      expect.objectContaining({ printer: 'Microsoft Print to PDF', paperSize: 'letter' }),
    );
  });

  it('without a printer setting, checks there is a default and prints to it (no printer option)', async () => {
    const api = fakePdfToPrinter();
    await createWindowsPrintCommand({ load: async () => api, status: notKnown }).send(FILE, {
      copies: 1,
      paperSize: 'A4',
    });
    expect(api.getDefaultPrinter).toHaveBeenCalledOnce();
    expect(api.print).toHaveBeenCalledExactlyOnceWith(FILE, { copies: 1, paperSize: 'A4', silent: true });
  });

  it('says no_printer when the named printer is not installed, and prints nothing', async () => {
    const api = fakePdfToPrinter();
    const error = await sendFails(
      createWindowsPrintCommand({ load: async () => api, status: notKnown }).send(FILE, {
        printerName: 'Front Desk',
        copies: 1,
        paperSize: 'A4',
      }),
    );
    expect(error.reason).toBe('no_printer');
    expect(error.message).toBe('windows: no printer named "Front Desk" (2 installed)');
    expect(api.print).not.toHaveBeenCalled();
  });

  it('says no_printer when nothing is set and Windows has no default printer', async () => {
    const api = fakePdfToPrinter({ getDefaultPrinter: async () => null });
    const error = await sendFails(
      createWindowsPrintCommand({ load: async () => api, status: notKnown }).send(FILE, { copies: 1, paperSize: 'A4' }),
    );
    expect(error.reason).toBe('no_printer');
    expect(api.print).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<PdfToPrinter>, RegExp]>([
    [
      'SumatraPDF fails',
      { print: async () => Promise.reject(new Error('Command failed: SumatraPDF-3.4.6-32.exe -print-to ...')) },
      /SumatraPDF printing failed: Command failed/,
    ],
    [
      'pdf-to-printer rejects with a bare string',
      { print: async () => Promise.reject('Operating System not supported') },
      /SumatraPDF printing failed: Operating System not supported/,
    ],
    [
      'the printer list cannot be read',
      { getPrinters: async () => Promise.reject(new Error('Powershell.exe ENOENT')) },
      /listing printers failed: Powershell.exe ENOENT/,
    ],
    [
      'SumatraPDF never exits',
      { print: () => new Promise<void>(() => undefined) },
      /SumatraPDF printing did not finish within 0.05 s/,
    ],
    [
      'PowerShell never answers',
      { getPrinters: () => new Promise(() => undefined) },
      /listing printers did not finish within 0.05 s/,
    ],
  ])('says failed when %s, with the reason for staff', async (_name, overrides, message) => {
    const api = fakePdfToPrinter(overrides);
    const error = await sendFails(
      createWindowsPrintCommand({ load: async () => api, timeoutMs: 50, status: notKnown }).send(FILE, {
        printerName: BROTHER.name,
        copies: 1,
        paperSize: 'A4',
      }),
    );
    expect(error.reason).toBe('failed');
    expect(error.message).toMatch(message);
  });

  it('loads pdf-to-printer once, on the first print, and tries again after a failed load', async () => {
    const api = fakePdfToPrinter();
    const load = vi
      .fn<() => Promise<PdfToPrinter>>()
      .mockRejectedValueOnce(new Error('Cannot find module'))
      .mockResolvedValue(api);
    const command = createWindowsPrintCommand({ load, status: notKnown });
    expect(load).not.toHaveBeenCalled();
    const error = await sendFails(command.send(FILE, { copies: 1, paperSize: 'A4' }));
    expect(error).toMatchObject({
      reason: 'failed',
      message: 'windows: loading pdf-to-printer failed: Cannot find module',
    });
    await command.send(FILE, { copies: 1, paperSize: 'A4' });
    await command.send(FILE, { copies: 1, paperSize: 'A4' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(api.print).toHaveBeenCalledTimes(2);
  });

  it('finds the three functions however the CommonJS module is imported', () => {
    const api = fakePdfToPrinter();
    expect(pickPdfToPrinter(api)).toBe(api);
    expect(pickPdfToPrinter({ default: api })).toBe(api);
    expect(() => pickPdfToPrinter({})).toThrow(/does not export/);
  });
});

describe('pdf-to-printer in the package', () => {
  it('loads, with the three functions the print command calls (nothing is called here: they need Windows)', async () => {
    const api = await loadPdfToPrinter();
    expect([typeof api.print, typeof api.getPrinters, typeof api.getDefaultPrinter]).toEqual([
      'function',
      'function',
      'function',
    ]);
  });

  it('is the installed package, with its SumatraPDF.exe next to its bundle', async () => {
    const pkg = JSON.parse(
      await readFile(
        fileURLToPath(new URL('../../../node_modules/pdf-to-printer/package.json', import.meta.url)),
        'utf8',
      ),
    ) as { main: string };
    expect(pkg.main).toBe('dist/bundle.js');
    const bundle = await readFile(
      fileURLToPath(new URL('../../../node_modules/pdf-to-printer/dist/bundle.js', import.meta.url)),
      'utf8',
    );
    const exe = /"(SumatraPDF[^"]*\.exe)"/.exec(bundle)?.[1];
    expect(exe).toBeDefined();
    await expect(
      readFile(fileURLToPath(new URL(`../../../node_modules/pdf-to-printer/dist/${exe}`, import.meta.url))),
    ).resolves.toBeInstanceOf(Buffer);
  });

  it('has SumatraPDF unpacked from asar (execFile cannot run it from inside), and left out of the Linux build', async () => {
    const config = parse(
      await readFile(fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url)), 'utf8'),
    ) as {
      asarUnpack: string[];
      linux: { files: string[] };
      win: { files: string[] };
    };
    expect(config.asarUnpack).toContain('node_modules/pdf-to-printer/dist/*.exe');
    expect(config.linux.files).toContain('!node_modules/pdf-to-printer/dist/*.exe');
    expect(config.win.files.some((pattern) => pattern.includes('pdf-to-printer'))).toBe(false);
  });
});

describe("asking Windows for the printer's state before sending (Win32_Printer, faked PowerShell)", () => {
  const ok = (stdout: string) => vi.fn<ExecFile>(async () => ({ stdout, stderr: '' }));

  it('passes the printer name in the environment, never in the script, and reads the state back', async () => {
    const execFile = ok('{"WorkOffline":false,"PrinterStatus":3,"DetectedErrorState":2}');
    const state = await createWindowsStatus({ execFile, warn: () => undefined })('Front "Desk"; Remove-Item C:\\');
    expect(state).toEqual({ WorkOffline: false, PrinterStatus: 3, DetectedErrorState: 2 });
    const [command, args, options] = execFile.mock.calls[0] ?? [];
    expect(command).toBe('powershell.exe');
    expect(args).toEqual(['-NoProfile', '-NonInteractive', '-Command', STATUS_SCRIPT]);
    expect(STATUS_SCRIPT).not.toContain('Front');
    expect(options?.env.SAFECALL_PRINTER).toBe('Front "Desk"; Remove-Item C:\\');
  });

  it('maps no paper and a jam to no_paper, offline in any of its three forms to offline, and leaves the rest alone', () => {
    expect(windowsFailure({ DetectedErrorState: 4 })?.reason).toBe('no_paper');
    expect(windowsFailure({ DetectedErrorState: 8 })?.reason).toBe('no_paper');
    expect(windowsFailure({ DetectedErrorState: 9 })?.reason).toBe('offline');
    expect(windowsFailure({ PrinterStatus: 7 })?.reason).toBe('offline');
    expect(windowsFailure({ WorkOffline: true })?.reason).toBe('offline');
    // Low paper, low toner, idle, printing: it still prints.
    for (const state of [
      { DetectedErrorState: 3 },
      { DetectedErrorState: 5 },
      { PrinterStatus: 3 },
      { PrinterStatus: 4, DetectedErrorState: 2, WorkOffline: false },
      {},
    ]) {
      expect(windowsFailure(state)).toBeUndefined();
    }
  });

  it('never lets a status it cannot get stop a print: no PowerShell, a timeout, unreadable or empty output', async () => {
    const warn = vi.fn();
    const missing = vi.fn<ExecFile>(async () => {
      throw Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' });
    });
    expect(await createWindowsStatus({ execFile: missing, warn })('Brother')).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(await createWindowsStatus({ execFile: ok('not json'), warn })('Brother')).toBeUndefined();
    expect(await createWindowsStatus({ execFile: ok(''), warn })('Brother')).toBeUndefined();
  });

  it('stops the job before SumatraPDF when the printer is out of paper or offline, checking the default printer when none is named', async () => {
    const api = fakePdfToPrinter();
    const status = vi.fn<WindowsStatus>(async () => ({ DetectedErrorState: 4 }));
    const empty = await sendFails(
      createWindowsPrintCommand({ load: async () => api, status }).send(FILE, { copies: 1, paperSize: 'A4' }),
    );
    expect(empty.reason).toBe('no_paper');
    expect(status).toHaveBeenCalledWith(BROTHER.name);
    status.mockResolvedValue({ WorkOffline: true });
    const off = await sendFails(
      createWindowsPrintCommand({ load: async () => api, status }).send(FILE, {
        printerName: PDF_PRINTER.name,
        copies: 1,
        paperSize: 'A4',
      }),
    );
    expect(off.reason).toBe('offline');
    expect(status).toHaveBeenLastCalledWith(PDF_PRINTER.name);
    expect(api.print).not.toHaveBeenCalled();
    // Not known, or fine: it prints.
    status.mockResolvedValue(undefined);
    await createWindowsPrintCommand({ load: async () => api, status }).send(FILE, { copies: 1, paperSize: 'A4' });
    expect(api.print).toHaveBeenCalledOnce();
  });
});
