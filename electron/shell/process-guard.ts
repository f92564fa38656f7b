/** Where a fatal main-process error came from: Node's two last-chance events, or start() itself. */
export type FatalSource = 'uncaughtException' | 'unhandledRejection' | 'start';

export type FatalHandler = (source: FatalSource, error: unknown) => void;

/**
 * Without a listener, Electron meets an uncaught main-process exception with a native dialog that
 * shows the stack trace over the kiosk, to the public, until someone clicks it (electron/electron#7530;
 * audit M6). Installed first thing in main.ts, these listeners log the error (for staff, never on
 * screen) and hand over to `restart` (crash-recovery.ts restartApp). Only the first fatal error
 * restarts: anything thrown while the app is already on its way out is logged and left alone.
 * StartupErrors never come here: openKioskOrExit shows those to the person setting the kiosk up.
 */
export function setupProcessGuard(proc: Pick<NodeJS.Process, 'on' | 'exit'>, restart: () => void): FatalHandler {
  let restarting = false;
  const fatal: FatalHandler = (source, error) => {
    console.error(
      `SafeCall main process: ${source}${restarting ? ' while restarting' : '; restarting the app'}`,
      error,
    );
    if (restarting) return;
    restarting = true;
    try {
      restart();
    } catch (restartError) {
      // Exiting still beats a frozen screen: the OS watchdog, where there is one, starts us again.
      console.error('SafeCall main process: the restart itself failed; exiting', restartError);
      proc.exit(1);
    }
  };
  proc.on('uncaughtException', (error) => fatal('uncaughtException', error));
  proc.on('unhandledRejection', (reason) => fatal('unhandledRejection', reason));
  return fatal;
}
