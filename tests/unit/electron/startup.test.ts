import { join, resolve } from 'node:path';
import type { App, Dialog, PowerSaveBlocker } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StartupError, type Kiosk, type KioskOptions } from '../../../electron/core/kiosk.ts';
import type { Printer } from '../../../electron/core/printing/printer.ts';
import { setupKeepScreenOn } from '../../../electron/shell/power.ts';
import { openKioskOrExit, setupDataDir } from '../../../electron/shell/startup.ts';

function fakeApp() {
  const paths = new Map<string, string>([['appData', '/home/kiosk/.config']]);
  return {
    paths,
    getPath: vi.fn((name: string) => paths.get(name) ?? ''),
    setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
    exit: vi.fn(),
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
  const printer: Printer = { print: vi.fn() };

  it('passes the data folder, app root and the shell\'s printer through and returns the kiosk', () => {
    const app = fakeApp();
    const createKiosk = vi.fn((_options: KioskOptions) => kiosk);
    const showErrorBox = vi.fn();
    const opened = openKioskOrExit({ createKiosk, dialog: { showErrorBox } as unknown as Dialog, app: app as unknown as App, dataDir: '/d', appRoot: '/a', printer });
    expect(opened).toBe(kiosk);
    expect(createKiosk).toHaveBeenCalledExactlyOnceWith({ dataDir: '/d', appRoot: '/a', printer });
    expect(createKiosk.mock.calls[0]?.[0].printer).toBe(printer);
    expect(showErrorBox).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('shows a StartupError as it is written and exits with 1', () => {
    const app = fakeApp();
    const showErrorBox = vi.fn();
    const message = 'kiosk.json: "centerName" is not a setting. Did you mean "centreName"?';
    const opened = openKioskOrExit({
      createKiosk: () => {
        throw new StartupError(message);
      },
      dialog: { showErrorBox } as unknown as Dialog,
      app: app as unknown as App,
      dataDir: '/d',
      appRoot: '/a',
      printer,
    });
    expect(opened).toBeNull();
    expect(showErrorBox).toHaveBeenCalledWith(expect.any(String), message);
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('still shows something and exits when the failure is a bug', () => {
    const app = fakeApp();
    const showErrorBox = vi.fn();
    openKioskOrExit({
      createKiosk: () => {
        throw new TypeError('x is undefined');
      },
      dialog: { showErrorBox } as unknown as Dialog,
      app: app as unknown as App,
      dataDir: '/d',
      appRoot: '/a',
      printer,
    });
    expect(showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('x is undefined'));
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});

describe('power', () => {
  it('keeps the display awake', () => {
    const start = vi.fn(() => 7);
    expect(setupKeepScreenOn({ start } as Pick<PowerSaveBlocker, 'start'>)).toBe(7);
    expect(start).toHaveBeenCalledWith('prevent-display-sleep');
  });
});
