import { daysBefore, localDay } from '../checklists/local-day.ts';
import type { VisitRollupRepository } from './visit-rollup.repository.ts';

export const HOUR_MS = 60 * 60 * 1000;

/** The part of Node's timers the schedule uses, so tests can run a day in no time. */
export interface RetentionTimers {
  setInterval(run: () => void, ms: number): { unref(): unknown };
  clearInterval(handle: { unref(): unknown }): void;
}

export interface VisitLogRetention {
  /** Purges now: counts what is new, then deletes raw events older than the setting; answers how many went. */
  purgeNow(): number;
  stop(): void;
}

/**
 * The visit log's upkeep (ARCHITECTURE.md: "raw events expire after a retention period"): at start, and
 * then each hour, the rollup counts the days that changed; once a local day, raw events older than
 * `visitLog.retentionDays` (read at each run: setup may change it) are deleted, their days final. The
 * timer is unref'd, so it never keeps a closing process alive. A failure (a full disk) is logged and
 * tried again at the next hour: the log's upkeep never stops the kiosk.
 */
export function startVisitLogRetention(deps: {
  repo: Pick<VisitRollupRepository, 'refresh' | 'purge'>;
  now: () => Date;
  retentionDays: () => number;
  warn: (message: string) => void;
  timers?: RetentionTimers;
}): VisitLogRetention {
  const timers = deps.timers ?? {
    setInterval: (run, ms) => setInterval(run, ms),
    clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
  };
  // The local day of the last purge that went through: the next one is due when the day changes.
  let purgedOn: string | undefined;
  const purgeNow = () => {
    const now = deps.now();
    const gone = deps.repo.purge(daysBefore(now, deps.retentionDays()));
    purgedOn = localDay(now);
    return gone;
  };
  const runSafely = () => {
    const due = purgedOn !== localDay(deps.now());
    try {
      if (due) purgeNow();
      else deps.repo.refresh();
    } catch (error) {
      deps.warn(
        `SafeCall: the visit log could not be ${due ? 'purged of old events' : 'counted'} (tried again in an hour): ${(error as Error).message}`,
      );
    }
  };
  runSafely();
  const handle = timers.setInterval(runSafely, HOUR_MS);
  handle.unref();
  return { purgeNow, stop: () => timers.clearInterval(handle) };
}
