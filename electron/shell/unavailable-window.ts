import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { kioskWindowOptions, type KioskWindowInput } from './window.ts';

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The page as a data: URL: it needs no protocol handler and no files, so it shows whatever broke. */
export function unavailablePageUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * The screen Electron shows while the core cannot start: a window with the kiosk window's own
 * hardened options and page lockdown, showing the plain error page. It is updated at every failed
 * try and destroyed once the kiosk window exists (in that order, so the app never has no window and
 * quits on its own).
 */
export function createUnavailableScreen(
  BrowserWindowClass: WindowClass,
  input: KioskWindowInput,
  lockdown: (contents: WebContents) => void,
) {
  let window: BrowserWindow | undefined;
  return {
    show(html: string): void {
      if (!window || window.isDestroyed()) {
        window = new BrowserWindowClass(kioskWindowOptions(input));
        lockdown(window.webContents);
      }
      window
        .loadURL(unavailablePageUrl(html))
        .catch((error: unknown) => console.error('Could not show the start-up error page', error));
    },
    close(): void {
      if (window && !window.isDestroyed()) window.destroy();
      window = undefined;
    },
  };
}
export type UnavailableScreen = ReturnType<typeof createUnavailableScreen>;
