import type { App, RenderProcessGoneDetails, WebContents } from 'electron';
import { KIOSK_START_URL } from './kiosk-origin.ts';

export interface RecoveryPolicy {
  /** Reloads allowed inside one window of time before the whole app is restarted. */
  maxReloads: number;
  windowMs: number;
  /** First reload waits this long; each further reload in the window waits twice as long. */
  baseDelayMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = { maxReloads: 3, windowMs: 60_000, baseDelayMs: 1_000 };

export type RecoveryDecision = { action: 'ignore' } | { action: 'reload'; delayMs: number } | { action: 'restart-app' };

/**
 * Why the kiosk page needs reloading: its renderer died, the page went silent (shell/heartbeat.ts),
 * or it failed to load. All three draw on one budget, so a page that keeps failing in any mix of
 * ways ends in an app restart rather than a reload loop.
 */
export type RecoveryReason = RenderProcessGoneDetails['reason'] | 'no-heartbeat' | 'load-failed';

/** Chromium's net::ERR_ABORTED: a load cut short by the next one (our own reload), not a failure. */
export const ERR_ABORTED = -3;

/**
 * Without a handler a crashed renderer leaves a blank white kiosk until someone notices. Reloading
 * forever is no better when the crash repeats on every load, so reloads are budgeted and past the
 * budget the whole app restarts.
 */
export function createRecoveryBudget(policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY, now: () => number = Date.now) {
  const reloadTimes: number[] = [];
  return {
    decide(reason: RecoveryReason): RecoveryDecision {
      if (reason === 'clean-exit') return { action: 'ignore' };
      const at = now();
      while (reloadTimes.length > 0 && at - (reloadTimes[0] ?? at) >= policy.windowMs) reloadTimes.shift();
      if (reloadTimes.length >= policy.maxReloads) return { action: 'restart-app' };
      reloadTimes.push(at);
      return { action: 'reload', delayMs: policy.baseDelayMs * 2 ** (reloadTimes.length - 1) };
    },
  };
}

/**
 * Under a watchdog (the cage systemd unit, Windows Shell Launcher) exiting is enough and relaunching
 * ourselves would race it: the relaunched copy outlives the compositor session it was started in.
 * Unsupervised, relaunch is the only way back.
 */
export function restartApp(app: Pick<App, 'relaunch' | 'exit'>, supervised: boolean): void {
  if (supervised) {
    app.exit(1);
    return;
  }
  app.relaunch();
  app.exit(0);
}

export interface CrashRecoveryOptions {
  /** True when an OS watchdog restarts the app after it exits (SAFECALL_SUPERVISED=1). */
  supervised: boolean;
  policy?: RecoveryPolicy;
  /** How long a hung page may stay hung before its renderer is killed and reloaded. */
  unresponsiveGraceMs?: number;
  now?: () => number;
}

type RecoverableContents = Pick<WebContents, 'on' | 'loadURL' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

export interface Recovery {
  /** Reloads the kiosk page after the budget's wait, or restarts the app past the budget; `what` is the log line. */
  recover(reason: RecoveryReason, what: string): void;
}

export function setupCrashRecovery(
  contents: RecoverableContents,
  app: Pick<App, 'relaunch' | 'exit' | 'on'>,
  options: CrashRecoveryOptions,
): Recovery {
  const budget = createRecoveryBudget(options.policy, options.now);
  const graceMs = options.unresponsiveGraceMs ?? 10_000;

  const recover = (reason: RecoveryReason, what: string) => {
    const decision = budget.decide(reason);
    console.error(`${what}: ${decision.action}`);
    if (decision.action === 'restart-app') restartApp(app, options.supervised);
    if (decision.action !== 'reload') return;
    setTimeout(() => {
      if (contents.isDestroyed()) return;
      // The start URL, not reload(): the visitor's half-finished journey is gone with the renderer anyway.
      contents.loadURL(KIOSK_START_URL).catch((error: unknown) => console.error('Reload after crash failed', error));
    }, decision.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    recover(details.reason, `Renderer gone (${details.reason}, exit code ${details.exitCode})`);
  });

  // A failed load (the first one included) would leave the screen blank: retry on the budget's
  // growing waits, then restart the app (audit L8). Only the error code reaches the log, never the URL.
  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    recover('load-failed', `Kiosk page failed to load (${errorCode} ${errorDescription})`);
  });

  // A hung page is a crash that has not happened yet: kill it and let the budget above decide.
  let hungTimer: ReturnType<typeof setTimeout> | undefined;
  contents.on('unresponsive', () => {
    hungTimer ??= setTimeout(() => {
      hungTimer = undefined;
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, graceMs);
  });
  contents.on('responsive', () => {
    clearTimeout(hungTimer);
    hungTimer = undefined;
  });

  // Chromium restarts a crashed GPU process by itself; the log line is what helps afterwards.
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') console.error(`${details.type} process gone (${details.reason})`);
  });

  return { recover };
}
