import { VISIT_LOG_RETENTION_DAYS } from '../../../shared/events.ts';
import { daysBefore } from '../checklists/local-day.ts';
import type { VisitRollupRepository } from './visit-rollup.repository.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The part of Node's timers the schedule uses, so tests can run a day in no time. */
export interface RetentionTimers {
  setInterval(run: () => void, ms: number): { unref(): unknown };
  clearInterval(handle: { unref(): unknown }): void;
}

export interface VisitLogRetention {
  /** Rolls up and deletes raw events older than the retention period; returns how many went. */
  runNow(): number;
  stop(): void;
}

/**
 * The visit log's retention (ARCHITECTURE.md: "raw events expire after a retention period"; audit M4):
 * raw events older than VISIT_LOG_RETENTION_DAYS become daily counts and are deleted, at start and
 * then once a day. The timer is unref'd, so it never keeps a closing process alive. A failure (a full
 * disk) is logged and tried again the next day: the log's upkeep never stops the kiosk.
 */
export function startVisitLogRetention(deps: {
  repo: VisitRollupRepository;
  now: () => Date;
  warn: (message: string) => void;
  timers?: RetentionTimers;
  days?: number;
}): VisitLogRetention {
  const days = deps.days ?? VISIT_LOG_RETENTION_DAYS;
  const timers = deps.timers ?? {
    setInterval: (run, ms) => setInterval(run, ms),
    clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
  };
  const runNow = () => deps.repo.rollUpBefore(daysBefore(deps.now(), days));
  const runSafely = () => {
    try {
      runNow();
    } catch (error) {
      deps.warn(
        `SafeCall: the visit log's old events could not be rolled up (tried again in a day): ${(error as Error).message}`,
      );
    }
  };
  runSafely();
  const handle = timers.setInterval(runSafely, DAY_MS);
  handle.unref();
  return { runNow, stop: () => timers.clearInterval(handle) };
}
