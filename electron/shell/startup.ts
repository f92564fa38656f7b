import { join } from 'node:path';
import type { App } from 'electron';
import { APP_FOLDER_NAME, configuredDataDir } from '../core/data-dir.ts';
import type { Kiosk, KioskOptions } from '../core/create-core.ts';
import { PACK_WORKER_BUNDLE } from '../core/content-pack/pack-worker-run.ts';
import type { Printer } from '../core/print/printer.ts';
import { failureLogLine, openWithRetry } from '../core/startup-retry.ts';
import { unavailablePage } from '../core/unavailable-page.ts';

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
  dataDir: string;
  appRoot: string;
  /** The shell's printer (print/electron-printer.ts): printSheet sends to it. */
  printer: Printer;
  /** Ends the kiosk for staff (exit.ts): the core's exitKiosk calls it. */
  exit?: () => void;
  /** Reports (report-export): the folder dialog for an export (open-dialogs.ts). */
  chooseExportFolder?: () => Promise<string | undefined>;
  /** Content packs (issue 19): the file dialog for a pack on the stick (open-dialogs.ts). */
  choosePackFile?: () => Promise<string | undefined>;
  /** Shows (or refreshes) the error screen with this page while the core cannot start. */
  showUnavailable: (html: string) => void;
  /** The core started: wire it up and show the kiosk. Called once. */
  onReady: (kiosk: Kiosk) => void;
  /** setTimeout in main.ts; a fake clock in tests. */
  schedule: (run: () => void, ms: number) => void;
}

/**
 * Opens the core; while it cannot start, shows the plain error page (a StartupError's one sentence,
 * or a generic line for a bug, whose stack goes to the log) and tries again with back-off, as the
 * browser shell does. It used to show a modal dialog and exit, which under a supervisor with
 * Restart=always became a restart every few seconds with the dialog flashing over the lobby screen.
 */
export function openKioskWithRetry(deps: OpenKioskDeps): { stop(): void } {
  return openWithRetry({
    open: () =>
      deps.createKiosk({
        dataDir: deps.dataDir,
        appRoot: deps.appRoot,
        printer: deps.printer,
        // The Electron app runs bundles: the content pack import's worker is the one beside main.cjs.
        packWorkerFile: join(deps.appRoot, PACK_WORKER_BUNDLE),
        ...(deps.exit && { exit: deps.exit }),
        ...(deps.chooseExportFolder && { chooseExportFolder: deps.chooseExportFolder }),
        ...(deps.choosePackFile && { choosePackFile: deps.choosePackFile }),
      }),
    onReady: deps.onReady,
    onUnavailable: (state) => {
      console.error(failureLogLine(state));
      deps.showUnavailable(unavailablePage({ message: state.message, retryInMs: state.retryInMs }));
    },
    schedule: deps.schedule,
  });
}
