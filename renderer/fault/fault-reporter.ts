import { FAULT_WHERE_PATTERN, type FaultKind, type FaultReport } from '../../shared/faults.ts';

/** A page stuck throwing in a timer would otherwise call the core many times a second. */
export const MAX_REPORTS_PER_MINUTE = 10;

/**
 * Tells the core that the page broke: the kind, and the screen when it has a plain name. Never the
 * error itself (its message could quote a code the visitor typed). A report that cannot be sent is
 * dropped quietly: failing to report a fault must not become a second fault.
 */
export function createFaultReporter(send: (report: FaultReport) => Promise<unknown>, now: () => number = Date.now) {
  const sent: number[] = [];
  return (kind: FaultKind, where?: string): void => {
    const at = now();
    while (sent.length > 0 && at - (sent[0] ?? at) >= 60_000) sent.shift();
    if (sent.length >= MAX_REPORTS_PER_MINUTE) return;
    sent.push(at);
    const report: FaultReport = where !== undefined && FAULT_WHERE_PATTERN.test(where) ? { kind, where } : { kind };
    try {
      // A report that cannot be sent has nowhere left to be reported: reporting it would only loop.
      send(report).catch(() => undefined);
    } catch {
      // The transport itself threw (no bridge, no fetch): nothing more to do.
    }
  };
}
export type FaultReporter = ReturnType<typeof createFaultReporter>;
