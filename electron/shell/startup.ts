import { join } from 'node:path';
import type { App, Dialog } from 'electron';
import { APP_FOLDER_NAME, configuredDataDir } from '../core/data-dir.ts';
import { StartupError, type Kiosk, type KioskOptions } from '../core/kiosk.ts';
import type { Printer } from '../core/printing/printer.ts';

/**
 * Picks the data folder and makes it Electron's userData. Must run before requestSingleInstanceLock:
 * the lock lives in userData, so test runs with their own SAFECALL_DATA_DIR never block each other.
 * Without the variable it is the same folder the browser shell uses (core/data-dir.ts), rather than
 * one named after package.json's "name", so both shells on one machine share one database.
 */
export function setupDataDir(app: Pick<App, 'getPath' | 'setPath'>, env: NodeJS.ProcessEnv = process.env): string {
  const dataDir = configuredDataDir(env) ?? join(app.getPath('appData'), APP_FOLDER_NAME);
  app.setPath('userData', dataDir);
  return dataDir;
}

export interface OpenKioskDeps {
  createKiosk: (options: KioskOptions) => Kiosk;
  dialog: Pick<Dialog, 'showErrorBox'>;
  app: Pick<App, 'exit'>;
  dataDir: string;
  appRoot: string;
  /** The shell's printer (print/electron-printer.ts): printSheet sends to it. */
  printer: Printer;
}

/**
 * A StartupError already says which file and field are wrong, for the person setting the kiosk up, so
 * it is shown as it is. Anything else is a bug: still shown, so the screen is not silently blank.
 */
export function openKioskOrExit(deps: OpenKioskDeps): Kiosk | null {
  try {
    return deps.createKiosk({ dataDir: deps.dataDir, appRoot: deps.appRoot, printer: deps.printer });
  } catch (error) {
    console.error(error);
    const message =
      error instanceof StartupError
        ? error.message
        : `SafeCall Kiosk stopped because of an unexpected error:\n${error instanceof Error ? error.message : String(error)}`;
    deps.dialog.showErrorBox('SafeCall Kiosk cannot start', message);
    deps.app.exit(1);
    return null;
  }
}
