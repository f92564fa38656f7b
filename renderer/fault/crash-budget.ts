/**
 * How the page comes back from a screen that broke. Usually a fresh journey is enough (the fault was
 * one visitor's path through one screen). When faults keep coming, the page itself is suspect (a
 * leak, a module left in a bad state): it reloads instead, after the calm screen has stayed up longer,
 * so a kiosk that breaks on every visit does not flicker between the two for the whole day.
 */
export type RestartMode = 'remount' | 'reload';

export interface CrashBudgetPolicy {
  /** Faults allowed inside the window that still restart with a fresh journey. */
  maxRemounts: number;
  windowMs: number;
}

/** More than three faults in five minutes: reload the page. */
export const DEFAULT_CRASH_BUDGET: CrashBudgetPolicy = { maxRemounts: 3, windowMs: 5 * 60_000 };

export function createCrashBudget(policy: CrashBudgetPolicy = DEFAULT_CRASH_BUDGET, now: () => number = Date.now) {
  const faults: number[] = [];
  return {
    /** Counts one fault and says how to come back from it. */
    record(): RestartMode {
      const at = now();
      while (faults.length > 0 && at - (faults[0] ?? at) >= policy.windowMs) faults.shift();
      faults.push(at);
      return faults.length > policy.maxRemounts ? 'reload' : 'remount';
    },
  };
}
export type CrashBudget = ReturnType<typeof createCrashBudget>;
