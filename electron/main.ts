import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerSaveBlocker, protocol, session } from 'electron';
import { createKiosk, type Kiosk } from './core/create-core.ts';
import { restartApp, setupCrashRecovery } from './shell/crash-recovery.ts';
import { createKioskExit } from './shell/exit.ts';
import { createExportFolderChooser, createPackFileChooser } from './shell/open-dialogs.ts';
import { setupHeartbeatWatch } from './shell/heartbeat.ts';
import { setupIpc } from './shell/ipc.ts';
import {
  setupCloseGuard,
  setupGuardsOnEveryPage,
  setupNoMenu,
  setupPageLockdown,
  setupSessionLockdown,
} from './shell/lockdown.ts';
import { setupNewsForwarding } from './shell/news.ts';
import { setupKeepScreenOn } from './shell/power.ts';
import { setupProcessGuard } from './shell/process-guard.ts';
import { createElectronPrinter } from './shell/print/electron-printer.ts';
import { printCommandFor } from './shell/print/platform-command.ts';
import { renderSheetPdf } from './shell/print/print-window.ts';
import { createSystemPrinters } from './shell/print/system-printers.ts';
import { registerAppScheme, setupAppProtocol } from './shell/protocol.ts';
import { openKioskWithRetry, setupDataDir } from './shell/startup.ts';
import { createUnavailableScreen } from './shell/unavailable-window.ts';
import { createKioskWindow, preloadPath, setupSecondInstanceFocus, type KioskWindowInput } from './shell/window.ts';

const supervised = process.env.SAFECALL_SUPERVISED === '1';
// First of all: an exception from here on is logged and restarts the app, never a stack-trace dialog.
const fatal = setupProcessGuard(process, () => restartApp(app, supervised));

// Both must happen before 'ready' and before the lock, which lives in the data folder.
const dataDir = setupDataDir(app);
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal('start', error));
}

function start(): void {
  const appRoot = app.getAppPath();
  const windowInput = { isPackaged: app.isPackaged, preloadPath: preloadPath(appRoot) };
  const printer = createElectronPrinter({
    renderPdf: (job) => renderSheetPdf({ ...windowInput, BrowserWindow }, job),
    command: printCommandFor(process.platform),
    // Asked only from the kiosk window (first-run setup), so a window is there to ask through.
    listPrinters: createSystemPrinters({ source: () => BrowserWindow.getAllWindows()[0]?.webContents }),
  });
  setupNoMenu(Menu);
  setupGuardsOnEveryPage(app);
  setupSessionLockdown(session.defaultSession);
  setupAppProtocol(protocol, net, appRoot);

  // While the core cannot start, an error screen and retries with back-off; never an exit loop.
  const unavailable = createUnavailableScreen(BrowserWindow, windowInput, setupPageLockdown);
  const retry = openKioskWithRetry({
    createKiosk,
    dataDir,
    appRoot,
    printer,
    exit: createKioskExit(app),
    // Reports: the export's folder dialog, over the kiosk window once it is shown.
    chooseExportFolder: createExportFolderChooser(dialog, () => kioskWindow),
    // Content packs: the pack file on the stick, the same way.
    choosePackFile: createPackFileChooser(dialog, () => kioskWindow),
    showUnavailable: unavailable.show,
    onReady: (kiosk) => {
      showKiosk(kiosk, windowInput);
      unavailable.close();
    },
    // unref: Electron's app, not a pending retry, decides when the process ends.
    schedule: (run, ms) => void setTimeout(run, ms).unref(),
  });
  app.on('will-quit', () => retry.stop());
}

/** The kiosk window, once shown: dialogs the core asks for (an export's folder) open over it. */
let kioskWindow: BrowserWindow | undefined;

function showKiosk(kiosk: Kiosk, windowInput: KioskWindowInput): void {
  app.on('will-quit', () => kiosk.close());
  setupIpc(ipcMain, kiosk);
  const window = createKioskWindow(BrowserWindow, windowInput);
  kioskWindow = window;
  setupPageLockdown(window.webContents);
  setupNewsForwarding(kiosk, window.webContents);
  setupCloseGuard(app, window);
  const recovery = setupCrashRecovery(window.webContents, app, { supervised });
  setupHeartbeatWatch(ipcMain, window.webContents, () =>
    recovery.recover('no-heartbeat', 'Kiosk page stopped drawing (no heartbeat)'),
  );
  setupSecondInstanceFocus(app, window);
  setupKeepScreenOn(powerSaveBlocker);
}
