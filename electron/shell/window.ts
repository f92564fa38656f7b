import { join } from 'node:path';
import type { App, BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { KIOSK_START_URL } from './kiosk-origin.ts';

/**
 * The page's own background (--page in renderer/styles/app.css), so the screen does not flash white or
 * black while the page loads or reloads after a crash.
 */
export const KIOSK_BACKGROUND_COLOR = '#f3f4f6';

/** Built next to main.cjs by scripts/build-electron.ts; appRoot is the folder (or asar) holding package.json. */
export function preloadPath(appRoot: string): string {
  return join(appRoot, 'dist', 'electron', 'preload.cjs');
}

export interface KioskWindowInput {
  isPackaged: boolean;
  preloadPath: string;
}

/**
 * Every security-relevant preference is spelled out even where it is Electron's default: the defaults
 * have changed between versions, and a scanner (Electronegativity) reads what is written here.
 */
export function kioskWindowOptions(input: KioskWindowInput): BrowserWindowConstructorOptions {
  return {
    title: 'SafeCall Kiosk',
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: KIOSK_BACKGROUND_COLOR,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      // A visitor must never reach DevTools; developers running from source still can.
      devTools: !input.isPackaged,
      spellcheck: false,
      safeDialogs: true,
      zoomFactor: 1,
    },
  };
}

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createKioskWindow(BrowserWindowClass: WindowClass, input: KioskWindowInput): BrowserWindow {
  const window = new BrowserWindowClass(kioskWindowOptions(input));
  window.loadURL(KIOSK_START_URL).catch((error: unknown) => {
    // A failed first load leaves a blank screen; say why in the log the OS watchdog keeps.
    console.error(`Could not load ${KIOSK_START_URL}`, error);
  });
  return window;
}

/** A second launch (a double tap on a launcher, a watchdog racing us) brings the one window forward. */
export function setupSecondInstanceFocus(
  app: Pick<App, 'on'>,
  window: Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>,
): void {
  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
}
