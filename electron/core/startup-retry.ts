import { StartupError } from './startup-error.ts';

/** The first retry waits 5 s, then 10, 20, 40… and never more than 5 minutes between tries. */
export const FIRST_RETRY_MS = 5_000;
export const LONGEST_RETRY_MS = 5 * 60_000;

export function retryDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}

/** What a shell shows while the core cannot start: never a stack trace, on any screen. */
export const UNEXPECTED_STARTUP_MESSAGE =
  "SafeCall Kiosk could not start because of an unexpected error: the details are in the kiosk's log.";

export function startupMessage(error: unknown): string {
  return error instanceof StartupError ? error.message : UNEXPECTED_STARTUP_MESSAGE;
}

export interface Unavailable {
  /** One sentence for staff (a StartupError's own message, or a generic one for a bug). */
  message: string;
  /** When the next try is. */
  retryInMs: number;
  /** 1 after the first failed try. */
  failures: number;
  error: unknown;
}

export interface RetryDeps<T> {
  open: () => T;
  onReady: (opened: T) => void;
  onUnavailable: (state: Unavailable) => void;
  /** Runs `run` after `ms`; the shells pass setTimeout, tests a fake clock. */
  schedule: (run: () => void, ms: number) => void;
}

/**
 * Opens the core, and while it cannot, keeps trying with back-off instead of exiting. Exiting made a
 * supervisor with Restart=always restart the kiosk every 2 s, logging a stack each time (audit M1);
 * waiting lets staff free the disk or fix the folder and see the kiosk come back by itself. The first
 * try runs at once, synchronously.
 */
export function openWithRetry<T>(deps: RetryDeps<T>): { stop(): void } {
  let failures = 0;
  let stopped = false;
  const attempt = (): void => {
    if (stopped) return;
    let opened: T;
    try {
      opened = deps.open();
    } catch (error) {
      failures += 1;
      const retryInMs = retryDelay(failures);
      deps.onUnavailable({ message: startupMessage(error), retryInMs, failures, error });
      deps.schedule(attempt, retryInMs);
      return;
    }
    deps.onReady(opened);
  };
  attempt();
  return {
    stop() {
      stopped = true;
    },
  };
}

/**
 * The log line for a failed try. A StartupError already explains itself: its sentence and what lay
 * under it (an errno or SQLite code) are enough, and a stack at every retry would bury the log.
 * Anything else is a bug, logged with its whole stack.
 */
export function failureLogLine(state: Unavailable): string {
  const head = `SafeCall Kiosk could not start (try ${state.failures}); trying again in ${Math.round(state.retryInMs / 1000)} s.`;
  if (!(state.error instanceof StartupError)) {
    return `${head}\n${state.error instanceof Error ? (state.error.stack ?? state.error.message) : String(state.error)}`;
  }
  const cause = state.error.cause;
  if (!(cause instanceof Error)) return `${head}\n${state.message}`;
  const code = (cause as { code?: unknown }).code;
  // Node's errno messages already begin with their code ("ENOTDIR: not a directory…"); SQLite's do not.
  const under =
    typeof code === 'string' && !cause.message.startsWith(code) ? `${code}: ${cause.message}` : cause.message;
  return `${head}\n${state.message} (${under})`;
}
