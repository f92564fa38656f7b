import type { FaultCounts, FaultKind, FaultReport } from '../../../shared/faults.ts';

/** One line per kind at most this often: a page stuck throwing in a timer must not fill the disk (audit L7). */
export const FAULT_LOG_INTERVAL_MS = 60_000;

const WHAT: Record<FaultKind, string> = {
  render: 'a screen failed to draw and was replaced by the restart screen',
  uncaught: 'an error went uncaught',
  rejection: 'a promise rejection went unhandled',
};

/**
 * Counts the faults the page reports, for staff health, and writes one fixed line for them to the
 * log. The line holds only the validated kind and screen name: the report carries no message, so
 * nothing the visitor typed can reach the log through it. Counts live in memory for this run.
 */
export function createFaultLog(deps: { warn: (message: string) => void; now?: () => number }) {
  const now = deps.now ?? Date.now;
  const counts: FaultCounts = { render: 0, uncaught: 0, rejection: 0 };
  const lastLogged = new Map<FaultKind, number>();
  return {
    record({ kind, where }: FaultReport): void {
      counts[kind] += 1;
      const at = now();
      const last = lastLogged.get(kind);
      if (last !== undefined && at - last < FAULT_LOG_INTERVAL_MS) return;
      lastLogged.set(kind, at);
      deps.warn(`SafeCall page fault: ${WHAT[kind]}${where ? ` (screen: ${where})` : ''}; ${counts[kind]} since start`);
    },
    counts(): FaultCounts {
      return { ...counts };
    },
  };
}
export type FaultLog = ReturnType<typeof createFaultLog>;
