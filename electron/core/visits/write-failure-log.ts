/** At most one line about visit-log failures this often, however many writes fail. */
export const SUMMARY_EVERY_MS = 60_000;

export interface WriteFailureLog {
  /** One visit-log write could not be saved; `waiting` events are now held in memory. */
  failed(error: unknown, waiting: number): void;
  /** Called now and then (the retry timer): says what failed since the last line, if it is time. */
  tick(waiting: number): void;
  /** Everything that waited is written: says so, if the outage was announced. */
  recovered(saved: number): void;
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * What the operator's log says about visit-log failures. A full disk fails every write, and a stack for
 * each one buried the log (audit L7: 27,026 failures, about 270,000 lines). So the first failure comes
 * with its stack (the cause is in it); after that failures are counted and told in at most one line a
 * minute: "N visit-log writes failed in the last minute; M waiting". A lock that comes and goes cannot
 * flood it either: an outage is announced only if the last line is a minute old.
 */
export function createWriteFailureLog(deps: { now: () => number; print: (message: string) => void }): WriteFailureLog {
  let stackShown = false;
  let announced = false;
  let unreported = 0;
  let lastLine: number | undefined;
  const codes = new Set<string>();

  const due = () => lastLine === undefined || deps.now() - lastLine >= SUMMARY_EVERY_MS;
  const line = (message: string) => {
    deps.print(message);
    lastLine = deps.now();
    unreported = 0;
    codes.clear();
  };
  const causes = () => (codes.size > 0 ? ` (${[...codes].join(', ')})` : '');

  return {
    failed(error, waiting) {
      unreported += 1;
      const code = codeOf(error);
      if (code) codes.add(code);
      if (!due()) return;
      if (!announced && !stackShown) {
        stackShown = true;
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        line(
          `SafeCall: the visit log cannot be written; visitors carry on and the events wait in memory (${waiting} waiting).\n${detail}`,
        );
      } else {
        line(`SafeCall: ${unreported} visit-log writes failed in the last minute${causes()}; ${waiting} waiting`);
      }
      announced = true;
    },
    tick(waiting) {
      if (unreported === 0 || !due()) return;
      line(`SafeCall: ${unreported} visit-log writes failed in the last minute${causes()}; ${waiting} waiting`);
      announced = true;
    },
    recovered(saved) {
      if (!announced) return;
      const also = unreported > 0 ? `; ${unreported} more writes had failed${causes()}` : '';
      line(`SafeCall: the visit log is written again (${saved} waiting events saved${also}).`);
      announced = false;
    },
  };
}
