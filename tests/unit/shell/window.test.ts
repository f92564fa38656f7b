import type { App, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createKioskWindow,
  kioskWindowOptions,
  preloadPath,
  setupSecondInstanceFocus,
} from '../../../electron/shell/window.ts';
import { fakeApp, fakeBrowserWindows, fakeWebContents } from './fakes.ts';

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
    expect(preloadPath('/opt/app/resources/app.asar')).toBe(
      join('/opt/app/resources/app.asar', 'dist', 'electron', 'preload.cjs'),
    );
  });
});

describe('createKioskWindow', () => {
  it('opens one locked-down kiosk window with the given preload and loads the kiosk page', () => {
    const windows = fakeBrowserWindows(() => fakeWebContents());
    createKioskWindow(windows.BrowserWindow as unknown as typeof BrowserWindow, {
      isPackaged: true,
      preloadPath: 'p.cjs',
    });
    expect(windows.created).toHaveLength(1);
    // What the window was given, stated outright rather than as kioskWindowOptions' own answer.
    expect(windows.created[0]?.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: {
        preload: 'p.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
      },
    });
    expect(windows.created[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://kiosk/index.html');
  });
});

describe('second instance', () => {
  it('brings the existing window forward', () => {
    const app = fakeApp();
    const window = new (fakeBrowserWindows(() => fakeWebContents()).BrowserWindow)({});
    window.isMinimized.mockReturnValue(true);
    setupSecondInstanceFocus(app as unknown as App, window);
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
