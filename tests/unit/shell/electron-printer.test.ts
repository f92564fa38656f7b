import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../../electron/core/print/printer.ts';
import { createCupsPrintCommand, type ExecFile } from '../../../electron/shell/print/cups-command.ts';
import { createElectronPrinter } from '../../../electron/shell/print/electron-printer.ts';
import type { PrintCommand } from '../../../electron/shell/print/print-command.ts';
import { PrintFailed } from '../../../electron/shell/print/print-failed.ts';
import { renderSheetPdf, type PrintWindowClass } from '../../../electron/shell/print/print-window.ts';
import { TEMP_PDF_NAME, withTempPdf } from '../../../electron/shell/print/temp-pdf.ts';
import { createWindowsPrintCommand, type PdfToPrinter } from '../../../electron/shell/print/windows-command.ts';
import { fakeBrowserWindows, fakeEvent, fakePrintContents } from './fakes.ts';

const CODE = '48271935';
const JOB: PrintJob = {
  path: `/print/checklist?code=${CODE}&lang=en&second=es`,
  paperSize: 'A4',
  copies: 1,
  printerName: 'Brother_HL',
};
const PDF = Buffer.from('%PDF-1.7 fake sheet');
/** Printing never asks for the list; the list is proven in system-printers.test.ts. */
const NO_LIST = () => Promise.resolve({ kind: 'system' as const, printers: [] });

let tempDir: string;
let warn: ReturnType<typeof vi.fn<(message: string) => void>>;

beforeEach(async () => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  tempDir = await mkdtemp(join(tmpdir(), 'safecall-print-test-'));
  warn = vi.fn();
});

afterEach(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

/** Records each file the command was handed, what it held, and its mode, while it still existed. */
function recordingCommand(send: (file: string) => Promise<void> = async () => undefined) {
  const seen: Array<{ file: string; content: string; mode: number; folderMode: number }> = [];
  const command: PrintCommand & { send: ReturnType<typeof vi.fn<PrintCommand['send']>> } = {
    kind: 'cups',
    check: async () => undefined,
    send: vi.fn<PrintCommand['send']>(async (file) => {
      seen.push({
        file,
        content: await readFile(file, 'utf8'),
        mode: (await stat(file)).mode & 0o777,
        folderMode: (await stat(dirname(file))).mode & 0o777,
      });
      await send(file);
    }),
  };
  return { command, seen };
}

describe('the temporary PDF', () => {
  it('is a 0600 file in a fresh 0700 folder of its own, gone afterwards', async () => {
    const { command, seen } = recordingCommand();
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => PDF,
      command,
      tempDir,
      warn,
    });
    expect(await printer.print({ ...JOB, copies: 2 })).toEqual({ status: 'sent', copies: 2 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ content: PDF.toString(), mode: 0o600, folderMode: 0o700 });
    expect(seen[0]?.file.endsWith(TEMP_PDF_NAME)).toBe(true);
    expect(dirname(dirname(seen[0]?.file ?? ''))).toBe(tempDir);
    expect(existsSync(seen[0]?.file ?? '')).toBe(false);
    expect(await readdir(tempDir)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('is removed when sending fails too', async () => {
    const { command, seen } = recordingCommand(async () => {
      throw new PrintFailed('offline', 'cups: Brother_HL: offline');
    });
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => PDF,
      command,
      tempDir,
      warn,
    });
    expect(await printer.print(JOB)).toEqual({ status: 'failed', reason: 'offline' });
    expect(seen).toHaveLength(1);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('gets a new name for every job', async () => {
    const { command, seen } = recordingCommand();
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => PDF,
      command,
      tempDir,
      warn,
    });
    await Promise.all([printer.print(JOB), printer.print(JOB)]);
    expect(new Set(seen.map((s) => s.file)).size).toBe(2);
  });

  it('left behind by a crash is removed before the first job, and nothing else in the folder is touched', async () => {
    await mkdir(join(tempDir, 'safecall-print-AbC123'));
    await writeFile(join(tempDir, 'safecall-print-AbC123', TEMP_PDF_NAME), PDF);
    await mkdir(join(tempDir, 'someone-else'));
    const { command } = recordingCommand(async () => {
      expect(await readdir(tempDir)).not.toContain('safecall-print-AbC123');
    });
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => PDF,
      command,
      tempDir,
      warn,
    });
    expect(await printer.print(JOB)).toEqual({ status: 'sent', copies: 1 });
    expect(command.send).toHaveBeenCalledTimes(1);
    expect(await readdir(tempDir)).toEqual(['someone-else']);
  });

  it('does not mind the folder being gone already', async () => {
    const result = await withTempPdf(
      PDF,
      async (file) => {
        await rm(dirname(file), { recursive: true, force: true });
        return 'sent';
      },
      { dir: tempDir, warn },
    );
    expect(result).toBe('sent');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the print queue', () => {
  it('runs one job at a time: a second press waits for the first to finish', async () => {
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const renderPdf = vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      return PDF;
    });
    const { command } = recordingCommand(async () => {
      running -= 1;
    });
    const printer = createElectronPrinter({ listPrinters: NO_LIST, renderPdf, command, tempDir, warn });

    const first = printer.print({ ...JOB, copies: 1 });
    const second = printer.print({ ...JOB, copies: 2 });
    await vi.waitFor(() => expect(renderPdf).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(renderPdf).toHaveBeenCalledTimes(1);

    releases.shift()?.();
    expect(await first).toEqual({ status: 'sent', copies: 1 });
    await vi.waitFor(() => expect(renderPdf).toHaveBeenCalledTimes(2));
    releases.shift()?.();
    expect(await second).toEqual({ status: 'sent', copies: 2 });
    expect(most).toBe(1);
  });

  it('moves on after a failed job', async () => {
    const renderPdf = vi
      .fn<(job: PrintJob) => Promise<Uint8Array>>()
      .mockRejectedValueOnce(new PrintFailed('failed', 'page: not ready'))
      .mockResolvedValue(PDF);
    const { command } = recordingCommand();
    const printer = createElectronPrinter({ listPrinters: NO_LIST, renderPdf, command, tempDir, warn });
    const [first, second] = await Promise.all([printer.print(JOB), printer.print(JOB)]);
    expect(first).toEqual({ status: 'failed', reason: 'failed' });
    expect(second).toEqual({ status: 'sent', copies: 1 });
  });

  it('moves on when a job overruns its backstop, rather than holding the queue', async () => {
    const renderPdf = vi
      .fn<(job: PrintJob) => Promise<Uint8Array>>()
      .mockReturnValueOnce(new Promise(() => undefined))
      .mockResolvedValue(PDF);
    const { command } = recordingCommand();
    // Long enough that the second, healthy job (real temp files) fits inside it on a loaded machine.
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf,
      command,
      tempDir,
      warn,
      jobTimeoutMs: 500,
    });
    expect(await printer.print(JOB)).toEqual({ status: 'failed', reason: 'failed' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('did not finish within 0.5 s'));
    expect(await printer.print(JOB)).toEqual({ status: 'sent', copies: 1 });
  });

  it('never throws, whatever a step throws', async () => {
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => {
        throw new TypeError('x is undefined');
      },
      command: recordingCommand().command,
      tempDir,
      warn,
    });
    expect(await printer.print(JOB)).toEqual({ status: 'failed', reason: 'failed' });
    expect(warn).toHaveBeenCalledWith('SafeCall printSheet (cups) failed, failed: x is undefined');
  });
});

/* ---------- the whole path: fake window, real print window code, real CUPS command, fake execFile ---------- */

type Contents = ReturnType<typeof fakePrintContents>;

const IDLE =
  'scheduler is running\nprinter Brother_HL is idle.  enabled since Wed Dec  2 15:09:43 2026\n\tForm mounted:\n\tDescription: Brother_HL\n\tAlerts: none\n';
const exitError = (code: number, stdout: string, stderr: string) =>
  Object.assign(new Error(`Command failed\n${stderr}`), { code, killed: false, signal: null, stdout, stderr });

interface Scenario {
  page?: (contents: Contents) => void;
  lpstat?: { stdout: string } | { error: Error };
  lp?: { stdout: string } | { error: Error };
}

function kioskPrinter(scenario: Scenario = {}) {
  const windows = fakeBrowserWindows(() => {
    const contents = fakePrintContents();
    scenario.page?.(contents);
    return contents;
  });
  const files: Array<{ file: string; existed: boolean; content: string }> = [];
  const execFile = vi.fn<ExecFile>(async (command, args) => {
    const reply =
      command === 'lpstat'
        ? (scenario.lpstat ?? { stdout: IDLE })
        : (scenario.lp ?? { stdout: 'request id is Brother_HL-3 (1 file(s))\n' });
    if (command === 'lp') {
      const file = args.at(-1) ?? '';
      files.push({ file, existed: existsSync(file), content: existsSync(file) ? await readFile(file, 'utf8') : '' });
    }
    if ('error' in reply) throw reply.error;
    return { stdout: reply.stdout, stderr: '' };
  });
  const printer = createElectronPrinter({
    listPrinters: NO_LIST,
    renderPdf: (job) =>
      renderSheetPdf(
        {
          isPackaged: true,
          preloadPath: '/app/preload.cjs',
          BrowserWindow: windows.BrowserWindow as unknown as PrintWindowClass,
          timeoutMs: 50,
        },
        job,
      ),
    command: createCupsPrintCommand({ execFile, env: {} }),
    tempDir,
    warn,
  });
  return { printer, windows: windows.created, execFile, files };
}

describe('printing a sheet in the Electron shell (fake window and fake lp)', () => {
  it('lays the sheet out on app://kiosk, prints it to PDF at the paper size, and hands that PDF to lp', async () => {
    const { printer, windows, execFile, files } = kioskPrinter();
    expect(await printer.print({ ...JOB, paperSize: 'Letter', copies: 2 })).toEqual({ status: 'sent', copies: 2 });

    expect(windows).toHaveLength(1);
    expect(windows[0]?.options.show).toBe(false);
    expect(windows[0]?.webContents.loadURL).toHaveBeenCalledExactlyOnceWith(`app://kiosk${JOB.path}`);
    expect(windows[0]?.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      preferCSSPageSize: true,
      printBackground: true,
    });
    expect(windows[0]?.destroy).toHaveBeenCalledOnce();

    expect(execFile).toHaveBeenLastCalledWith(
      'lp',
      ['-d', 'Brother_HL', '-n', '2', '-o', 'media=Letter', '--', files[0]?.file],
      expect.anything(),
    );
    expect(files).toEqual([{ file: expect.stringContaining(tempDir), existed: true, content: PDF.toString() }]);
    expect(existsSync(files[0]?.file ?? '')).toBe(false);
    expect(await readdir(tempDir)).toEqual([]);
  });

  const DISABLED =
    'scheduler is running\nprinter Brother_HL disabled since Wed Dec  2 15:10:12 2026 -\n\tPaused by staff\n\tForm mounted:\n\tAlerts: paused\n';
  const OFFLINE =
    'scheduler is running\nprinter Brother_HL now printing Brother_HL-5.  enabled since Wed Dec  2 15:10:02 2026\n\tPrinter not responding\n\tForm mounted:\n\tAlerts: offline-report\n';
  const NO_PAPER =
    'scheduler is running\nprinter Brother_HL disabled since Wed Dec  2 15:09:54 2026 -\n\tOut of paper\n\tForm mounted:\n\tAlerts: media-empty-error paused\n';

  it.each<[string, Scenario, Partial<PrintJob>, string, boolean]>([
    // name, scenario, job changes, reason, whether the page got as far as a PDF
    [
      'no printer set and no system default',
      { lpstat: { stdout: 'scheduler is running\nno system default destination\n' } },
      { printerName: undefined },
      'no_printer',
      true,
    ],
    [
      'an unknown printer name',
      {
        lpstat: { error: exitError(1, 'scheduler is running\n', 'lpstat: Invalid destination name in list "Nope".\n') },
      },
      { printerName: 'Nope' },
      'no_printer',
      true,
    ],
    ['the printer is disabled', { lpstat: { stdout: DISABLED } }, {}, 'offline', true],
    ['the printer is offline', { lpstat: { stdout: OFFLINE } }, {}, 'offline', true],
    ['the printer is out of paper', { lpstat: { stdout: NO_PAPER } }, {}, 'no_paper', true],
    [
      'lp fails',
      { lp: { error: exitError(1, '', 'lp: Error - unable to access "x" - Permission denied\n') } },
      {},
      'failed',
      true,
    ],
    [
      'lp is missing',
      { lpstat: { error: Object.assign(new Error('spawn lpstat ENOENT'), { code: 'ENOENT' }) } },
      {},
      'no_printer',
      true,
    ],
    [
      'lp times out',
      { lp: { error: Object.assign(new Error('Command failed'), { code: null, killed: true, signal: 'SIGTERM' }) } },
      {},
      'failed',
      true,
    ],
    [
      'the page is never ready',
      { page: (c) => c.executeJavaScript.mockReturnValue(new Promise(() => undefined)) },
      {},
      'failed',
      false,
    ],
    ['the page reports error', { page: (c) => c.executeJavaScript.mockResolvedValue('error') }, {}, 'failed', false],
    [
      'printToPDF rejects',
      { page: (c) => c.printToPDF.mockRejectedValue(new Error('Failed to generate PDF')) },
      {},
      'failed',
      false,
    ],
    [
      'the page fails to load (did-fail-load)',
      {
        page: (c) =>
          c.loadURL.mockImplementation(
            (url) => (
              setTimeout(() => c.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', url, true)),
              new Promise<void>(() => undefined)
            ),
          ),
      },
      {},
      'failed',
      false,
    ],
    [
      'loadURL rejects',
      {
        page: (c) =>
          c.loadURL.mockRejectedValue(
            Object.assign(new Error(`ERR_FAILED (-2) loading 'app://kiosk${JOB.path}'`), {
              code: 'ERR_FAILED',
              errno: -2,
            }),
          ),
      },
      {},
      'failed',
      false,
    ],
  ])(
    '%s: a clear reason, the window destroyed, no PDF left behind, and nothing about the visitor in the log',
    async (_name, scenario, change, reason, reachedPrinter) => {
      const { printer, windows, execFile } = kioskPrinter(scenario);
      expect(await printer.print({ ...JOB, ...change })).toEqual({ status: 'failed', reason });

      expect(windows).toHaveLength(1);
      expect(windows[0]?.destroy).toHaveBeenCalledOnce();
      expect(await readdir(tempDir)).toEqual([]);
      expect(execFile.mock.calls.length > 0).toBe(reachedPrinter);

      expect(warn).toHaveBeenCalledOnce();
      const line = warn.mock.calls[0]?.[0] ?? '';
      expect(line).toMatch(new RegExp(`^SafeCall printSheet \\(cups\\) failed, ${reason}: \\S`));
      expect(line).not.toContain(CODE);
      expect(line).not.toContain('/print/checklist');
    },
  );

  // report-print: the monthly report's address carries its one-time print ticket, a secret like a code.
  it("keeps a monthly report's print ticket out of the log when its page fails to load", async () => {
    const ticket = 'T'.repeat(40) + '_-9';
    const path = `/print/report?month=2026-11&lang=ar&ticket=${ticket}`;
    const { printer } = kioskPrinter({
      page: (c) =>
        c.loadURL.mockRejectedValue(
          Object.assign(new Error(`ERR_FAILED (-2) loading 'app://kiosk${path}'`), { code: 'ERR_FAILED', errno: -2 }),
        ),
    });
    expect(await printer.print({ ...JOB, path })).toEqual({ status: 'failed', reason: 'failed' });
    expect(warn).toHaveBeenCalledOnce();
    const line = warn.mock.calls[0]?.[0] ?? '';
    expect(line).toContain('ERR_FAILED');
    expect(line).not.toContain(ticket);
    expect(line).not.toContain('/print/report');
  });

  it('prints on Windows through pdf-to-printer, and says why not', async () => {
    const api = {
      getPrinters: vi.fn<PdfToPrinter['getPrinters']>(async () => [{ deviceId: 'Brother_HL', name: 'Brother_HL' }]),
      getDefaultPrinter: vi.fn<PdfToPrinter['getDefaultPrinter']>(async () => null),
      print: vi.fn<PdfToPrinter['print']>(async (file) => {
        expect(await readFile(file, 'utf8')).toBe(PDF.toString());
      }),
    };
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => PDF,
      command: createWindowsPrintCommand({ load: async () => api, status: async () => undefined }),
      tempDir,
      warn,
    });

    expect(await printer.print({ ...JOB, copies: 3 })).toEqual({ status: 'sent', copies: 3 });
    expect(api.print).toHaveBeenCalledWith(expect.stringContaining(tempDir), {
      printer: 'Brother_HL',
      copies: 3,
      paperSize: 'A4',
      silent: true,
    });

    expect(await printer.print({ ...JOB, printerName: 'Gone' })).toEqual({ status: 'failed', reason: 'no_printer' });
    api.print.mockRejectedValueOnce(new Error('SumatraPDF exited with code 1'));
    expect(await printer.print(JOB)).toEqual({ status: 'failed', reason: 'failed' });
    expect(warn).toHaveBeenLastCalledWith(
      'SafeCall printSheet (windows) failed, failed: windows: SumatraPDF printing failed: SumatraPDF exited with code 1',
    );
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('checks the printer without printing, as a job checks it first: lpstat only, no window, no lp, no log', async () => {
    const { printer, windows, execFile } = kioskPrinter({ lpstat: { stdout: NO_PAPER } });
    expect(await printer.check?.('Brother_HL')).toBe('no_paper');
    const { printer: back } = kioskPrinter();
    expect(await back.check?.('Brother_HL')).toBe('ready');
    expect(execFile.mock.calls.map(([command, args]) => [command, ...args])).toEqual([
      ['lpstat', '-r', '-l', '-pBrother_HL'],
    ]);
    expect(windows).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('checks a Windows printer without printing: found, and ready by its status, or why not', async () => {
    const api = {
      getPrinters: vi.fn<PdfToPrinter['getPrinters']>(async () => [{ deviceId: 'Brother_HL', name: 'Brother_HL' }]),
      getDefaultPrinter: vi.fn<PdfToPrinter['getDefaultPrinter']>(async () => null),
      print: vi.fn<PdfToPrinter['print']>(async () => undefined),
    };
    const printer = createElectronPrinter({
      listPrinters: NO_LIST,
      renderPdf: async () => PDF,
      command: createWindowsPrintCommand({ load: async () => api, status: async () => undefined }),
      tempDir,
      warn,
    });
    expect(await printer.check?.('brother_hl')).toBe('ready');
    expect(await printer.check?.('Gone')).toBe('no_printer');
    expect(await printer.check?.(undefined)).toBe('no_printer');
    expect(api.print).not.toHaveBeenCalled();
  });
});
