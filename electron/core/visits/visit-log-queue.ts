import { hourBucket } from './hour-bucket.ts';
import type { VisitEventRow, VisitsRepository } from './visits.repository.ts';
import type { WriteFailureLog } from './write-failure-log.ts';

/** Events held in memory at most while the log cannot be written; past that the oldest are dropped. */
export const QUEUE_CAPACITY = 10_000;
/** How often the waiting events are tried again while the log cannot be written. */
export const RETRY_EVERY_MS = 5_000;
/** Events written per attempt once the database answers again, so a long backlog never stalls a request. */
export const ROWS_PER_ATTEMPT = 1_000;
/** The pause between those attempts while a backlog drains. */
const DRAIN_PAUSE_MS = 20;

/**
 * SQLite failures of the storage, not of the row: a full disk, another program's lock, an I/O error, a
 * damaged page, a file gone read-only. They may pass, so the events wait. Any other failure (a rule of
 * the table broken) would fail again forever; those events are dropped and counted.
 */
const STORAGE_FAILURE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CORRUPT|READONLY|CANTOPEN|NOTADB|PROTOCOL|NOMEM|PERM)(_|$)/;

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FAILURE.test(code);
}

export interface VisitLogStatus {
  /** Nothing is waiting and the last write went through. */
  ok: boolean;
  /** Events held in memory, waiting for the database. */
  pending: number;
  /** Events lost since the kiosk started: the queue overflowed, or an event could never be written. */
  dropped: number;
  /** Log writes since the kiosk started that could not be saved when they were made. */
  failures: number;
  /** The hour the current trouble began ("2026-12-05T21"): never more precise, like the log itself. */
  failingSince?: string;
  /** SQLite's code for the latest failure since the kiosk started (for example SQLITE_FULL), so staff know what to fix. */
  lastError?: string;
}

export type WriteOutcome = 'written' | 'queued' | 'dropped';

export interface VisitLogQueue {
  /** Writes the rows in one transaction, or keeps them to try again. Never throws, never waits on a lock. */
  write(rows: VisitEventRow[]): WriteOutcome;
  status(): VisitLogStatus;
  /** Stops the retry timer and makes a last attempt to save what waits (the kiosk is closing). */
  close(): void;
}

interface Batch {
  rows: VisitEventRow[];
}

/**
 * The visit log never blocks a visitor (audit H1). A write that fails because of the storage goes into a
 * bounded in-memory queue, tried again on a timer; while anything waits, new writes join the queue
 * directly, so no request pays the lock wait again. A batch (a visitor's answers and plan_shown) is
 * written whole or not at all, when it is first tried and when it is tried again.
 */
export function createVisitLogQueue(
  repo: Pick<VisitsRepository, 'insert' | 'transaction'>,
  deps: { now: () => Date; failureLog: WriteFailureLog; capacity?: number; retryEveryMs?: number },
): VisitLogQueue {
  const capacity = deps.capacity ?? QUEUE_CAPACITY;
  const retryEveryMs = deps.retryEveryMs ?? RETRY_EVERY_MS;
  const queue: Batch[] = [];
  let pending = 0;
  let dropped = 0;
  let failures = 0;
  let failingSince: string | undefined;
  let lastError: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const writeNow = (rows: VisitEventRow[]) =>
    repo.transaction(() => {
      for (const row of rows) repo.insert(row);
    });

  const noteTrouble = (error: unknown) => {
    failingSince ??= hourBucket(deps.now());
    const code = (error as { code?: unknown } | null)?.code;
    // Only a code's shape crosses to staff, never a message (it could name a path).
    lastError = typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'UNKNOWN';
  };

  const enqueue = (rows: VisitEventRow[]) => {
    queue.push({ rows });
    pending += rows.length;
    // Oldest first: the newest events belong to visitors still at the screen.
    while (pending > capacity && queue.length > 1) {
      const oldest = queue.shift();
      if (!oldest) break;
      pending -= oldest.rows.length;
      dropped += oldest.rows.length;
    }
  };

  const schedule = (ms: number) => {
    if (timer !== undefined || closed) return;
    timer = setTimeout(retry, ms);
    // The retry must never keep a closing process alive.
    timer.unref();
  };

  /**
   * One attempt at the head of the queue, in one transaction (one fsync) with a savepoint per batch.
   * A storage failure rolls the whole attempt back, and everything stays queued in order; a batch that
   * fails for any other reason can never be written, so it alone is dropped. Answers how many events
   * were written, or undefined if the database still fails.
   */
  const attempt = (): number | undefined => {
    let rows = 0;
    let count = 0;
    while (count < queue.length && rows < ROWS_PER_ATTEMPT) rows += queue[count++]!.rows.length;
    const chunk = queue.slice(0, count);
    const unwritable: Batch[] = [];
    try {
      repo.transaction(() => {
        for (const batch of chunk) {
          try {
            writeNow(batch.rows);
          } catch (error) {
            if (isStorageFailure(error)) throw error;
            unwritable.push(batch);
          }
        }
      });
    } catch (error) {
      noteTrouble(error);
      return undefined;
    }
    queue.splice(0, count);
    pending -= rows;
    const lost = unwritable.reduce((n, batch) => n + batch.rows.length, 0);
    dropped += lost;
    return rows - lost;
  };

  let savedThisOutage = 0;
  function retry() {
    timer = undefined;
    const written = attempt();
    if (written !== undefined) savedThisOutage += written;
    if (queue.length > 0) {
      deps.failureLog.tick(pending);
      schedule(written !== undefined ? DRAIN_PAUSE_MS : retryEveryMs);
      return;
    }
    failingSince = undefined;
    deps.failureLog.recovered(savedThisOutage);
    savedThisOutage = 0;
  }

  return {
    write(rows) {
      if (queue.length > 0 || closed) {
        // Something already waits: the database was failing a moment ago, so this write does not
        // try it (and wait for its lock) again; the timer will.
        failures += 1;
        enqueue(rows);
        deps.failureLog.failed(undefined, pending);
        return 'queued';
      }
      try {
        writeNow(rows);
        failingSince = undefined;
        return 'written';
      } catch (error) {
        failures += 1;
        noteTrouble(error);
        if (!isStorageFailure(error)) {
          dropped += rows.length;
          deps.failureLog.failed(error, pending);
          return 'dropped';
        }
        enqueue(rows);
        deps.failureLog.failed(error, pending);
        schedule(retryEveryMs);
        return 'queued';
      }
    },
    status() {
      return {
        ok: pending === 0 && failingSince === undefined,
        pending,
        dropped,
        failures,
        ...(failingSince !== undefined && { failingSince }),
        ...(lastError !== undefined && { lastError }),
      };
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      while (queue.length > 0 && attempt() !== undefined);
    },
  };
}
