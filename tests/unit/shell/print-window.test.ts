import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintFailed } from '../../../electron/shell/print/print-failed.ts';
import {
  loadErrorCode,
  pdfOptions,
  printPageUrl,
  printWindowOptions,
  renderSheetPdf,
  type PrintWindowClass,
} from '../../../electron/shell/print/print-window.ts';
import { kioskWindowOptions } from '../../../electron/shell/window.ts';
import { fakeBrowserWindows, fakeEvent, fakePrintContents } from './fakes.ts';

const PATH = '/print/checklist?code=48271935&lang=zh-Hant&second=en';
const input = { isPackaged: true, preloadPath: '/app/dist/electron/preload.cjs' };

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

type Contents = ReturnType<typeof fakePrintContents>;

/** A fake BrowserWindow class whose pages behave as `setup` says. */
function windows(setup: (contents: Contents) => void = () => undefined) {
  const fake = fakeBrowserWindows(() => {
    const contents = fakePrintContents();
    setup(contents);
    return contents;
  });
  return { ...fake, BrowserWindow: fake.BrowserWindow as unknown as PrintWindowClass };
}

async function failure(promise: Promise<unknown>): Promise<PrintFailed> {
  const error = await promise.then(
    () => {
      throw new Error('expected the print window to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PrintFailed);
  return error as PrintFailed;
}

describe('print window options', () => {
  const options = printWindowOptions(input);

  it('is hidden, never a kiosk or full-screen window, and stays out of the taskbar', () => {
    expect(options.show).toBe(false);
    expect(options.kiosk).toBeUndefined();
    expect(options.fullscreen).toBeUndefined();
    expect(options.skipTaskbar).toBe(true);
    expect(options.focusable).toBe(false);
  });

  it("has the kiosk window's hardened preferences and preload, and is not throttled while hidden", () => {
    expect(options.webPreferences).toEqual({
      ...kioskWindowOptions(input).webPreferences,
      backgroundThrottling: false,
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
  });

  it("asks for an explicit page size, lets the sheet's @page rule win, and keeps backgrounds", () => {
    expect(pdfOptions('A4')).toEqual({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfOptions('Letter')).toEqual({ pageSize: 'Letter', preferCSSPageSize: true, printBackground: true });
  });
});

describe('print page address', () => {
  it('is the job path on app://kiosk', () => {
    expect(printPageUrl(PATH)).toBe(`app://kiosk${PATH}`);
  });

  it.each(['//evil.example/print/checklist', 'https://evil.example/', 'print/checklist', '', 'app://kiosk.evil/print'])(
    'refuses %j',
    (path) => {
      expect(() => printPageUrl(path)).toThrow(PrintFailed);
    },
  );

  it('opens no window for an address outside the kiosk', async () => {
    const { BrowserWindow, created } = windows();
    await failure(renderSheetPdf({ ...input, BrowserWindow }, { path: '//evil.example/x', paperSize: 'A4' }));
    expect(created).toHaveLength(0);
  });
});

describe('renderSheetPdf', () => {
  it('loads the sheet on app://kiosk in a hidden window, waits for it, prints it at the paper size, and destroys the window', async () => {
    const { BrowserWindow, created } = windows();
    const pdf = await renderSheetPdf({ ...input, BrowserWindow }, { path: PATH, paperSize: 'Letter' });

    expect(pdf.toString()).toBe('%PDF-1.7 fake sheet');
    expect(created).toHaveLength(1);
    const [window] = created;
    expect(window?.options.show).toBe(false);
    expect(window?.webContents.loadURL).toHaveBeenCalledExactlyOnceWith(`app://kiosk${PATH}`);
    expect(window?.webContents.executeJavaScript).toHaveBeenCalledExactlyOnceWith('window.__safecallPrintReady');
    expect(window?.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: 'Letter',
      preferCSSPageSize: true,
      printBackground: true,
    });
    expect(window?.destroy).toHaveBeenCalledOnce();
  });

  it('prints A4 when the kiosk is set to A4', async () => {
    const { BrowserWindow, created } = windows();
    await renderSheetPdf({ ...input, BrowserWindow }, { path: PATH, paperSize: 'A4' });
    expect(created[0]?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }),
    );
  });

  it('waits for the page to be ready before printing it', async () => {
    let settle: (state: string) => void = () => undefined;
    const { BrowserWindow, created } = windows((contents) => {
      contents.executeJavaScript.mockImplementation(() => new Promise((resolve) => (settle = resolve)));
    });
    const rendering = renderSheetPdf({ ...input, BrowserWindow }, { path: PATH, paperSize: 'A4' });
    await vi.waitFor(() => expect(created[0]?.webContents.executeJavaScript).toHaveBeenCalled());
    expect(created[0]?.webContents.printToPDF).not.toHaveBeenCalled();
    settle('ready');
    await rendering;
    expect(created[0]?.webContents.printToPDF).toHaveBeenCalledOnce();
  });

  it('locks the page down: no navigation away from the kiosk, no new windows', async () => {
    const { BrowserWindow, created } = windows();
    await renderSheetPdf({ ...input, BrowserWindow }, { path: PATH, paperSize: 'A4' });
    const contents = created[0]?.webContents;
    const away = fakeEvent({ url: 'https://evil.example/' });
    contents?.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const handler = contents?.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => {
      action: string;
    };
    expect(handler({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
  });

  describe('failures: each rejects with "failed" and still destroys the window', () => {
    it.each<[string, (contents: Contents) => void, RegExp]>([
      ['the page says error', (c) => c.executeJavaScript.mockResolvedValue('error'), /could not lay the sheet out/],
      ['the page has no ready signal', (c) => c.executeJavaScript.mockResolvedValue(undefined), /no ready signal/],
      [
        'the ready check throws',
        (c) => c.executeJavaScript.mockRejectedValue(new Error('Script failed to execute')),
        /ready check failed/,
      ],
      [
        'printToPDF rejects',
        (c) => c.printToPDF.mockRejectedValue(new Error('Failed to generate PDF')),
        /printToPDF failed \(Failed to generate PDF\)/,
      ],
      [
        'loadURL rejects',
        (c) =>
          c.loadURL.mockRejectedValue(
            Object.assign(new Error(`ERR_FILE_NOT_FOUND (-6) loading 'app://kiosk${PATH}'`), {
              code: 'ERR_FILE_NOT_FOUND',
              errno: -6,
            }),
          ),
        /did not load \(ERR_FILE_NOT_FOUND, -6\)/,
      ],
      [
        'the main frame fails to load (did-fail-load) while loadURL never settles',
        (c) =>
          c.loadURL.mockImplementation((url) => {
            setTimeout(() => c.emit('did-fail-load', fakeEvent(), -105, 'ERR_NAME_NOT_RESOLVED', url, true));
            return new Promise<void>(() => undefined);
          }),
        /did not load \(ERR_NAME_NOT_RESOLVED, -105\)/,
      ],
      [
        'the renderer dies while the page lays out',
        (c) =>
          c.executeJavaScript.mockImplementation(() => {
            setTimeout(() => c.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 9 }));
            return new Promise(() => undefined);
          }),
        /renderer is gone \(oom\)/,
      ],
      [
        'the page never settles',
        (c) => c.executeJavaScript.mockReturnValue(new Promise(() => undefined)),
        /within 0.05 s/,
      ],
      ['the page never loads', (c) => c.loadURL.mockReturnValue(new Promise<void>(() => undefined)), /within 0.05 s/],
      ['printToPDF never answers', (c) => c.printToPDF.mockReturnValue(new Promise(() => undefined)), /within 0.05 s/],
    ])('%s', async (_name, setup, message) => {
      const { BrowserWindow, created } = windows(setup);
      const error = await failure(
        renderSheetPdf({ ...input, BrowserWindow, timeoutMs: 50 }, { path: PATH, paperSize: 'A4' }),
      );
      expect(error.reason).toBe('failed');
      expect(error.message).toMatch(message);
      // The address carries the visitor's resume code: it never reaches a log line.
      expect(error.message).not.toContain('48271935');
      expect(created).toHaveLength(1);
      expect(created[0]?.destroy).toHaveBeenCalledOnce();
    });

    it('ignores a subframe that fails to load', async () => {
      const { BrowserWindow, created } = windows((c) => {
        c.loadURL.mockImplementation(async (url) => {
          c.emit('did-fail-load', fakeEvent(), -3, 'ERR_ABORTED', url, false);
        });
      });
      await expect(
        renderSheetPdf({ ...input, BrowserWindow }, { path: PATH, paperSize: 'A4' }),
      ).resolves.toBeInstanceOf(Buffer);
      expect(created[0]?.destroy).toHaveBeenCalledOnce();
    });

    it('does not destroy a window twice', async () => {
      const { BrowserWindow, created } = windows((c) => c.executeJavaScript.mockResolvedValue('error'));
      const rendering = renderSheetPdf({ ...input, BrowserWindow }, { path: PATH, paperSize: 'A4' });
      await vi.waitFor(() => expect(created).toHaveLength(1));
      created[0]?.destroy();
      await failure(rendering);
      expect(created[0]?.destroy).toHaveBeenCalledOnce();
    });
  });
});

describe('load error codes', () => {
  it("keeps only Chromium's code, never the message with the address in it", () => {
    expect(
      loadErrorCode(
        Object.assign(new Error(`ERR_ABORTED (-3) loading 'app://kiosk${PATH}'`), { code: 'ERR_ABORTED', errno: -3 }),
      ),
    ).toBe('ERR_ABORTED, -3');
    expect(loadErrorCode(new Error(`failed loading app://kiosk${PATH}`))).toBe('no error code');
    expect(loadErrorCode(undefined)).toBe('no error code');
  });
});
