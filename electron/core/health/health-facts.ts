import { statfsSync } from 'node:fs';
import type { CallResponse } from '../../../shared/api.ts';
import type { Db } from '../db/open-database.ts';
import { hourBucket } from '../visits/hour-bucket.ts';

type Health = CallResponse<'getHealth'>;

/** Under this much free space the data folder's disk needs staff: backups and the visit log fail first. */
export const LOW_DISK_BYTES = 500 * 1024 * 1024;

/**
 * `PRAGMA quick_check` answers one row "ok", or up to 100 lines naming problems. Staff see the first
 * line, trimmed and cut short: enough to tell "damaged" from "fine" and to quote to whoever repairs it.
 */
export function integrityFromQuickCheck(lines: string[]): Health['database'] {
  if (lines.length === 1 && lines[0] === 'ok') return { ok: true };
  const first = (lines[0] ?? 'quick_check gave no answer').trim().replace(/\s+/g, ' ');
  return { ok: false, problem: first.length > 200 ? `${first.slice(0, 199)}…` : first };
}

/** Free bytes on the data folder's disk, for the kiosk's user (bavail, not bfree: root's reserve is not ours). */
export function diskFree(dataDir: string, statfs: typeof statfsSync = statfsSync): Health['disk'] {
  try {
    const s = statfs(dataDir);
    const freeBytes = s.bavail * s.bsize;
    return { freeBytes, low: freeBytes < LOW_DISK_BYTES };
  } catch {
    // A disk the kiosk cannot even ask about needs staff as much as a full one.
    return { low: true };
  }
}

/**
 * The clock is behind when the database holds a time later than now: an hour of the visit log (kept in
 * local time, to the hour), a day of its daily counts, or the day the newest guide's facts were checked
 * (the core stores no compile date; the newest `lastVerified` is the latest date the content knows).
 * A kiosk whose clock jumped back would file visits under the wrong days in the funders' numbers.
 */
export function clockSanity(
  now: Date,
  newest: { logHour?: string; logDay?: string; verified?: string },
): Health['clock'] {
  const hour = hourBucket(now);
  const day = hour.slice(0, 10);
  if (newest.logHour !== undefined && newest.logHour > hour) return { ok: false, behind: 'log', later: newest.logHour };
  if (newest.logDay !== undefined && newest.logDay > day) return { ok: false, behind: 'log', later: newest.logDay };
  if (newest.verified !== undefined && newest.verified > day)
    return { ok: false, behind: 'content', later: newest.verified };
  return { ok: true };
}

export function createHealthFactsRepository(db: Db) {
  const quickCheck = db.prepare<[], { quick_check: string }>('PRAGMA quick_check');
  const logHour = db.prepare<[], { v: string | null }>('SELECT max(hour) AS v FROM visit_event');
  const logDay = db.prepare<[], { v: string | null }>('SELECT max(day) AS v FROM visit_rollup');
  const verified = db.prepare<[], { v: string | null }>('SELECT max(last_verified) AS v FROM tutorial');
  return {
    /**
     * Reads every page of the database: 23-41 ms (median ~27 ms) on the test kiosk's 5.8 MB file,
     * measured 2026-12-06 on the 2-core dev machine under load. It blocks the core for that long, so it
     * runs once per getHealth only: staff-only, opened rarely, never on a timer.
     */
    integrity: (): Health['database'] => {
      try {
        return integrityFromQuickCheck(quickCheck.all().map((r) => r.quick_check));
      } catch (error) {
        // A page too damaged to read stops quick_check itself ("database disk image is malformed"):
        // that is the answer staff need, not a failed health page.
        return integrityFromQuickCheck([(error as Error).message]);
      }
    },
    newest: () => {
      // Each read alone: a damaged visit log must not hide the content's date, nor fail the page.
      const read = (query: typeof logHour) => {
        try {
          return query.get()?.v;
        } catch {
          return undefined;
        }
      };
      const found = { logHour: read(logHour), logDay: read(logDay), verified: read(verified) };
      return {
        ...(found.logHour && { logHour: found.logHour }),
        ...(found.logDay && { logDay: found.logDay }),
        ...(found.verified && { verified: found.verified }),
      };
    },
  };
}

/** The versions staff quote when they report a problem; Electron's and Chromium's only in Electron. */
export function runtimeVersions(app: string, versions: NodeJS.ProcessVersions = process.versions): Health['versions'] {
  return {
    app,
    node: versions.node,
    ...(versions.electron && { electron: versions.electron }),
    ...(versions.chrome && { chrome: versions.chrome }),
  };
}
