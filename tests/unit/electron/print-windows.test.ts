import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { PrintFailed } from '../../../electron/shell/print/print-failed.ts';
import { createWindowsPrintCommand, loadPdfToPrinter, pickPdfToPrinter, type PdfToPrinter } from '../../../electron/shell/print/windows-command.ts';

const FILE = 'C:\\Users\\kiosk\\AppData\\Local\\Temp\\safecall-print-a1\\safecall-checklist.pdf';
const BROTHER = { deviceId: 'Brother HL-L2350DW series', name: 'Brother HL-L2350DW series', paperSizes: ['A4', 'Letter'] };
const PDF_PRINTER = { deviceId: 'Microsoft Print to PDF', name: 'Microsoft Print to PDF', paperSizes: ['A4'] };

function fakePdfToPrinter(overrides: Partial<PdfToPrinter> = {}) {
  return {
    getPrinters: vi.fn<PdfToPrinter['getPrinters']>(async () => [PDF_PRINTER, BROTHER]),
    getDefaultPrinter: vi.fn<PdfToPrinter['getDefaultPrinter']>(async () => BROTHER),
    print: vi.fn<PdfToPrinter['print']>(async () => undefined),
    ...overrides,
  };
}

async function sendFails(promise: Promise<void>): Promise<PrintFailed> {
  const error = await promise.then(
    () => new Error('expected the send to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PrintFailed);
  return error as PrintFailed;
}

describe('the Windows print command (pdf-to-printer, faked)', () => {
  it('prints silently to the named printer with the copies and paper size, as Windows spells the name', async () => {
    const api = fakePdfToPrinter();
    const command = createWindowsPrintCommand({ load: async () => api });
    expect(command.kind).toBe('windows');
    await command.send(FILE, { printerName: 'brother hl-l2350dw SERIES', copies: 2, paperSize: 'A4' });
    expect(api.print).toHaveBeenCalledExactlyOnceWith(FILE, { printer: 'Brother HL-L2350DW series', copies: 2, paperSize: 'A4', silent: true });
  });

  it('uses SumatraPDF\'s paper name for Letter', async () => {
    const api = fakePdfToPrinter();
    await createWindowsPrintCommand({ load: async () => api }).send(FILE, { printerName: 'Microsoft Print to PDF', copies: 1, paperSize: 'Letter' });
    expect(api.print).toHaveBeenCalledWith(FILE, expect.objectContaining({ printer: 'Microsoft Print to PDF', paperSize: 'letter' }));
  });

  it('without a printer setting, checks there is a default and prints to it (no printer option)', async () => {
    const api = fakePdfToPrinter();
    await createWindowsPrintCommand({ load: async () => api }).send(FILE, { copies: 1, paperSize: 'A4' });
    expect(api.getDefaultPrinter).toHaveBeenCalledOnce();
    expect(api.print).toHaveBeenCalledExactlyOnceWith(FILE, { copies: 1, paperSize: 'A4', silent: true });
  });

  it('says no_printer when the named printer is not installed, and prints nothing', async () => {
    const api = fakePdfToPrinter();
    const error = await sendFails(createWindowsPrintCommand({ load: async () => api }).send(FILE, { printerName: 'Front Desk', copies: 1, paperSize: 'A4' }));
    expect(error.reason).toBe('no_printer');
    expect(error.message).toBe('windows: no printer named "Front Desk" (2 installed)');
    expect(api.print).not.toHaveBeenCalled();
  });

  it('says no_printer when nothing is set and Windows has no default printer', async () => {
    const api = fakePdfToPrinter({ getDefaultPrinter: async () => null });
    const error = await sendFails(createWindowsPrintCommand({ load: async () => api }).send(FILE, { copies: 1, paperSize: 'A4' }));
    expect(error.reason).toBe('no_printer');
    expect(api.print).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<PdfToPrinter>, RegExp]>([
    ['SumatraPDF fails', { print: async () => Promise.reject(new Error('Command failed: SumatraPDF-3.4.6-32.exe -print-to ...')) }, /SumatraPDF printing failed: Command failed/],
    ['pdf-to-printer rejects with a bare string', { print: async () => Promise.reject('Operating System not supported') }, /SumatraPDF printing failed: Operating System not supported/],
    ['the printer list cannot be read', { getPrinters: async () => Promise.reject(new Error('Powershell.exe ENOENT')) }, /listing printers failed: Powershell.exe ENOENT/],
    ['SumatraPDF never exits', { print: () => new Promise<void>(() => undefined) }, /SumatraPDF printing did not finish within 0.05 s/],
    ['PowerShell never answers', { getPrinters: () => new Promise(() => undefined) }, /listing printers did not finish within 0.05 s/],
  ])('says failed when %s, with the reason for staff', async (_name, overrides, message) => {
    const api = fakePdfToPrinter(overrides);
    const error = await sendFails(createWindowsPrintCommand({ load: async () => api, timeoutMs: 50 }).send(FILE, { printerName: BROTHER.name, copies: 1, paperSize: 'A4' }));
    expect(error.reason).toBe('failed');
    expect(error.message).toMatch(message);
  });

  it('loads pdf-to-printer once, on the first print, and tries again after a failed load', async () => {
    const api = fakePdfToPrinter();
    const load = vi.fn<() => Promise<PdfToPrinter>>().mockRejectedValueOnce(new Error('Cannot find module')).mockResolvedValue(api);
    const command = createWindowsPrintCommand({ load });
    expect(load).not.toHaveBeenCalled();
    const error = await sendFails(command.send(FILE, { copies: 1, paperSize: 'A4' }));
    expect(error).toMatchObject({ reason: 'failed', message: 'windows: loading pdf-to-printer failed: Cannot find module' });
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
    expect([typeof api.print, typeof api.getPrinters, typeof api.getDefaultPrinter]).toEqual(['function', 'function', 'function']);
  });

  it('is the installed package, with its SumatraPDF.exe next to its bundle', async () => {
    const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../../node_modules/pdf-to-printer/package.json', import.meta.url)), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/bundle.js');
    const bundle = await readFile(fileURLToPath(new URL('../../../node_modules/pdf-to-printer/dist/bundle.js', import.meta.url)), 'utf8');
    const exe = /"(SumatraPDF[^"]*\.exe)"/.exec(bundle)?.[1];
    expect(exe).toBeDefined();
    await expect(readFile(fileURLToPath(new URL(`../../../node_modules/pdf-to-printer/dist/${exe}`, import.meta.url)))).resolves.toBeInstanceOf(Buffer);
  });

  it('has SumatraPDF unpacked from asar (execFile cannot run it from inside), and left out of the Linux build', async () => {
    const config = parse(await readFile(fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url)), 'utf8')) as {
      asarUnpack: string[];
      linux: { files: string[] };
      win: { files: string[] };
    };
    expect(config.asarUnpack).toContain('node_modules/pdf-to-printer/dist/*.exe');
    expect(config.linux.files).toContain('!node_modules/pdf-to-printer/dist/*.exe');
    expect(config.win.files.some((pattern) => pattern.includes('pdf-to-printer'))).toBe(false);
  });
});
