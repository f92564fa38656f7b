import { localDay } from '../checklists/local-day.ts';
import type { Db } from '../db/open-database.ts';
import { backupsFolder, listBackups, removePartialBackups, type BackupReason } from './backup-files.ts';
import { backupDatabase, snapshotDatabase } from './write-backup.ts';

/** What staff see about backups in getHealth. */
export interface BackupStatus {
  count: number;
  /** The local day of the newest backup. */
  newestDay?: string;
  /** The last attempt failed (a full disk, usually); it is tried again. */
  failing: boolean;
}

/** The first daily check waits a little, so a kiosk that is restarted often does not copy at every start. */
export const FIRST_CHECK_MS = 60_000;
export const CHECK_EVERY_MS = 60 * 60_000;

export interface Timers {
  setTimeout(run: () => void, ms: number): { unref?: () => unknown };
  clearTimeout(handle: unknown): void;
}

export interface BackupKeeperDeps {
  dataDir: string;
  now: () => Date;
  warn: (message: string) => void;
  timers?: Timers;
  /** Told of every backup written or failed: the core makes it news for staff screens (shared/news.ts). */
  onOutcome?: (outcome: BackupOutcome) => void;
}

/** One backup's end: written (and the local day it is named by), or failed and whether the disk was full. */
export type BackupOutcome =
  | { status: 'written'; reason: BackupReason; day: string }
  | { status: 'failed'; reason: BackupReason; diskFull: boolean };

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

function because(error: unknown): string {
  if (isDiskFull(error)) return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps the rotating backups: a synchronous snapshot before risky start-up steps, and a daily online
 * backup while the kiosk runs. A backup that fails is a problem for staff, never for visitors: it is
 * warned about once (not at every retry, which on a full disk would flood the log) and shown in
 * getHealth, and the kiosk carries on.
 */
export function createBackupKeeper(deps: BackupKeeperDeps) {
  const folder = backupsFolder(deps.dataDir);
  const timers: Timers = deps.timers ?? {
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  let failing = false;
  let warned = false;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: unknown;
  // Nothing else writes here yet (the keeper exists before the database is opened): a copy left
  // half-written by a kiosk that was stopped or lost power is removed.
  removePartialBackups(folder);

  function failed(reason: BackupReason, error: unknown): void {
    failing = true;
    // Every failure is news (a staff screen shows the latest), even when the log was already told.
    tell({ status: 'failed', reason, diskFull: isDiskFull(error) });
    if (warned || stopped) return;
    warned = true;
    deps.warn(
      `SafeCall Kiosk: the ${reason} backup of the database could not be written (${because(error)}). The kiosk keeps running and tries again; this is not repeated in the log until a backup succeeds.`,
    );
  }

  function succeeded(reason: BackupReason, day: string): void {
    failing = false;
    warned = false;
    tell({ status: 'written', reason, day });
  }

  /** A kiosk that is closing has no page left to tell. */
  function tell(outcome: BackupOutcome): void {
    if (!stopped) deps.onOutcome?.(outcome);
  }

  function isDailyDue(): boolean {
    const newest = listBackups(folder)[0];
    return !newest || newest.day < localDay(deps.now());
  }

  async function runDailyIfDue(db: Db): Promise<void> {
    if (running || stopped || !isDailyDue()) return running;
    const day = localDay(deps.now());
    running = backupDatabase(db, deps.dataDir, 'daily', day)
      .then(
        () => succeeded('daily', day),
        (error: unknown) => failed('daily', error),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  function schedule(db: Db, ms: number): void {
    if (stopped) return;
    const handle = timers.setTimeout(() => {
      // Never rejects: a failed backup is recorded by failed() above.
      void runDailyIfDue(db).finally(() => schedule(db, CHECK_EVERY_MS));
    }, ms);
    // Never the reason the process stays alive: a backup is not worth delaying a shutdown for.
    handle.unref?.();
    timer = handle;
  }

  return {
    /** A consistent copy now, before a start-up step that rewrites the database; never throws. */
    snapshot(db: Db, reason: BackupReason): void {
      try {
        const day = localDay(deps.now());
        snapshotDatabase(db, deps.dataDir, reason, day);
        succeeded(reason, day);
      } catch (error) {
        failed(reason, error);
      }
    },
    /**
     * An online copy now (the backup API, a batch of pages per turn), for a step taken while visitors are served:
     * a content pack's apply. Never throws; a failure is told like every other, and the answer says whether the
     * copy was written (the apply does not go on without it).
     */
    async backUp(db: Db, reason: BackupReason): Promise<boolean> {
      const day = localDay(deps.now());
      try {
        await backupDatabase(db, deps.dataDir, reason, day);
        succeeded(reason, day);
        return true;
      } catch (error) {
        failed(reason, error);
        return false;
      }
    },
    isDailyDue,
    runDailyIfDue,
    /** Starts the daily checks: the first after FIRST_CHECK_MS, then every hour. */
    start(db: Db): void {
      schedule(db, FIRST_CHECK_MS);
    },
    stop(): void {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
    },
    status(): BackupStatus {
      const all = listBackups(folder);
      return { count: all.length, ...(all[0] && { newestDay: all[0].day }), failing };
    },
  };
}
export type BackupKeeper = ReturnType<typeof createBackupKeeper>;
