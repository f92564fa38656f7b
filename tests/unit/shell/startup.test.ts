import { join, resolve } from 'node:path';
import type { App, BrowserWindow, PowerSaveBlocker } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StartupError, type Kiosk, type KioskOptions } from '../../../electron/core/create-core.ts';
import type { Printer } from '../../../electron/core/print/printer.ts';
import { setupKeepScreenOn } from '../../../electron/shell/power.ts';
import { openKioskWithRetry, setupDataDir } from '../../../electron/shell/startup.ts';
import { createUnavailableScreen, unavailablePageUrl } from '../../../electron/shell/unavailable-window.ts';
import { kioskWindowOptions } from '../../../electron/shell/window.ts';
import { fakeBrowserWindows, fakeWebContents } from './fakes.ts';

/** The content pack import's worker, as the Electron app runs it: the bundle beside main.cjs. */
const packWorkerFile = join('/a', 'dist', 'electron', 'pack-import-worker.cjs');

function fakeApp() {
  const paths = new Map<string, string>([['appData', '/home/kiosk/.config']]);
  return {
    paths,
    getPath: vi.fn((name: string) => paths.get(name) ?? ''),
    setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
  };
}

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('data folder', () => {
  it('makes a relative SAFECALL_DATA_DIR absolute, as Electron requires', () => {
    const app = { getPath: vi.fn(() => '/home/kiosk/.config'), setPath: vi.fn() };
    expect(setupDataDir(app as unknown as App, { SAFECALL_DATA_DIR: 'kiosk-data' })).toBe(resolve('kiosk-data'));
    expect(app.setPath).toHaveBeenCalledWith('userData', resolve('kiosk-data'));
  });

  it('uses SAFECALL_DATA_DIR when set, as Electron userData too', () => {
    const app = fakeApp();
    expect(setupDataDir(app as unknown as App, { SAFECALL_DATA_DIR: '/tmp/kiosk-test' })).toBe('/tmp/kiosk-test');
    expect(app.paths.get('userData')).toBe('/tmp/kiosk-test');
  });

  it('otherwise uses the folder the browser shell uses', () => {
    const app = fakeApp();
    expect(setupDataDir(app as unknown as App, {})).toBe(join('/home/kiosk/.config', 'SafeCall Kiosk'));
    expect(app.paths.get('userData')).toBe(join('/home/kiosk/.config', 'SafeCall Kiosk'));
  });
});

describe('opening the core', () => {
  const kiosk = { dispatch: vi.fn(), settings: {}, close: vi.fn() } as unknown as Kiosk;
  const printer: Printer = { print: vi.fn(), list: vi.fn() };

  function open(createKiosk: (options: KioskOptions) => Kiosk) {
    const pending: Array<{ run: () => void; ms: number }> = [];
    const showUnavailable = vi.fn((_html: string) => undefined);
    const onReady = vi.fn((_kiosk: Kiosk) => undefined);
    openKioskWithRetry({
      createKiosk,
      dataDir: '/d',
      appRoot: '/a',
      printer,
      showUnavailable,
      onReady,
      schedule: (run, ms) => void pending.push({ run, ms }),
    });
    return { pending, showUnavailable, onReady };
  }

  it("passes the data folder, app root and the shell's printer through and hands the kiosk over", () => {
    const createKiosk = vi.fn((_options: KioskOptions) => kiosk);
    const { onReady, showUnavailable, pending } = open(createKiosk);
    expect(createKiosk).toHaveBeenCalledExactlyOnceWith({ dataDir: '/d', appRoot: '/a', printer, packWorkerFile });
    expect(onReady).toHaveBeenCalledExactlyOnceWith(kiosk);
    expect(showUnavailable).not.toHaveBeenCalled();
    expect(pending).toEqual([]);
  });

  it("passes the shell's exit through, for staff's Exit the kiosk", () => {
    const createKiosk = vi.fn((_options: KioskOptions) => kiosk);
    const exit = vi.fn();
    openKioskWithRetry({
      createKiosk,
      dataDir: '/d',
      appRoot: '/a',
      printer,
      exit,
      showUnavailable: vi.fn(),
      onReady: vi.fn(),
      schedule: vi.fn(),
    });
    expect(createKiosk).toHaveBeenCalledExactlyOnceWith({
      dataDir: '/d',
      appRoot: '/a',
      printer,
      packWorkerFile,
      exit,
    });
  });

  it("passes the shell's dialogs through, for staff's Export and content packs", () => {
    const createKiosk = vi.fn((_options: KioskOptions) => kiosk);
    const chooseExportFolder = vi.fn(async () => '/media/kiosk/STICK');
    const choosePackFile = vi.fn(async () => '/media/kiosk/STICK/safecall-content-v4.scpack');
    openKioskWithRetry({
      createKiosk,
      dataDir: '/d',
      appRoot: '/a',
      printer,
      chooseExportFolder,
      choosePackFile,
      showUnavailable: vi.fn(),
      onReady: vi.fn(),
      schedule: vi.fn(),
    });
    expect(createKiosk).toHaveBeenCalledExactlyOnceWith({
      dataDir: '/d',
      appRoot: '/a',
      printer,
      packWorkerFile,
      chooseExportFolder,
      choosePackFile,
    });
  });

  it('shows a StartupError as it is written on the error screen and tries again with back-off, never exiting', () => {
    const message = 'kiosk.json: "centerName" is not a setting. Did you mean "centreName"?';
    let failing = true;
    const createKiosk = vi.fn(() => {
      if (failing) throw new StartupError(message);
      return kiosk;
    });
    const { onReady, showUnavailable, pending } = open(createKiosk);
    expect(showUnavailable).toHaveBeenCalledTimes(1);
    expect(showUnavailable.mock.calls[0]?.[0]).toContain(
      'kiosk.json: &#34;centerName&#34; is not a setting. Did you mean &#34;centreName&#34;?',
    );
    expect(pending.map((p) => p.ms)).toEqual([5_000]);

    pending.shift()?.run();
    expect(pending.map((p) => p.ms)).toEqual([10_000]);
    expect(showUnavailable).toHaveBeenCalledTimes(2);
    expect(onReady).not.toHaveBeenCalled();

    failing = false;
    pending.shift()?.run();
    expect(onReady).toHaveBeenCalledExactlyOnceWith(kiosk);
    expect(pending).toEqual([]);
  });

  it('shows a bug as a plain sentence, never its stack, and keeps trying', () => {
    const { showUnavailable, pending } = open(() => {
      throw new TypeError('x is undefined');
    });
    const html = showUnavailable.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('unexpected error');
    expect(html).not.toContain('x is undefined');
    expect(html).not.toMatch(/\bat .*:\d+:\d+/);
    expect(pending).toHaveLength(1);
  });
});

describe('the error screen while the core cannot start', () => {
  const input = { isPackaged: true, preloadPath: '/app/dist/electron/preload.cjs' };

  it('is one locked-down kiosk window showing the page as a data: URL, reused at every try', () => {
    const windows = fakeBrowserWindows(() => fakeWebContents());
    const lockdown = vi.fn();
    const screen = createUnavailableScreen(windows.BrowserWindow as unknown as typeof BrowserWindow, input, lockdown);
    screen.show('<p>first</p>');
    screen.show('<p>second</p>');
    expect(windows.created).toHaveLength(1);
    expect(windows.created[0]?.options).toEqual(kioskWindowOptions(input));
    expect(lockdown).toHaveBeenCalledExactlyOnceWith(windows.created[0]?.webContents);
    const loads = windows.created[0]?.loadURL.mock.calls.map(([url]) => url) ?? [];
    expect(loads).toEqual([unavailablePageUrl('<p>first</p>'), unavailablePageUrl('<p>second</p>')]);
    expect(decodeURIComponent(loads[1] ?? '')).toBe('data:text/html;charset=utf-8,<p>second</p>');

    screen.close();
    expect(windows.created[0]?.destroy).toHaveBeenCalled();
  });
});

describe('power', () => {
  it('keeps the display awake', () => {
    const start = vi.fn(() => 7);
    expect(setupKeepScreenOn({ start } as Pick<PowerSaveBlocker, 'start'>)).toBe(7);
    expect(start).toHaveBeenCalledWith('prevent-display-sleep');
  });
});
