import type { App, BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createKioskWindow, kioskWindowOptions, preloadPath, setupSecondInstanceFocus } from '../../../electron/shell/window.ts';

describe('kiosk window options', () => {
  const packaged = kioskWindowOptions({ isPackaged: true, preloadPath: '/app/dist/electron/preload.cjs' });
  const prefs = packaged.webPreferences ?? {};

  it('is a full-screen kiosk window', () => {
    expect(packaged.kiosk).toBe(true);
    expect(packaged.fullscreen).toBe(true);
    expect(packaged.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('isolates and sandboxes the page', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('turns DevTools off in a packaged app and leaves them for developers running from source', () => {
    expect(prefs.devTools).toBe(false);
    expect(kioskWindowOptions({ isPackaged: false, preloadPath: 'p' }).webPreferences?.devTools).toBe(true);
  });

  it('finds the preload next to main.cjs', () => {
    expect(preloadPath('/opt/app/resources/app.asar')).toBe(join('/opt/app/resources/app.asar', 'dist', 'electron', 'preload.cjs'));
  });
});

describe('createKioskWindow', () => {
  it('builds the window from those options and loads the kiosk page', () => {
    const loadURL = vi.fn(async () => undefined);
    let received: BrowserWindowConstructorOptions | undefined;
    class FakeWindow {
      loadURL = loadURL;
      constructor(options: BrowserWindowConstructorOptions) {
        received = options;
      }
    }
    createKioskWindow(FakeWindow as unknown as typeof BrowserWindow, { isPackaged: true, preloadPath: 'p.cjs' });
    expect(received).toEqual(kioskWindowOptions({ isPackaged: true, preloadPath: 'p.cjs' }));
    expect(loadURL).toHaveBeenCalledExactlyOnceWith('app://kiosk/index.html');
  });
});

describe('second instance', () => {
  it('brings the existing window forward', () => {
    const app = new EventEmitter();
    const window = { isDestroyed: vi.fn(() => false), isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    setupSecondInstanceFocus(app as unknown as App, window as unknown as BrowserWindow);
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
