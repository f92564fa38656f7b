import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { StartupError } from './startup-error.ts';

/** What went wrong with the data folder's disk, in the words staff need. */
export type DiskCause = 'full' | 'read_only' | 'permissions' | 'not_a_folder' | 'disk_errors' | 'cannot_open';

/**
 * One sentence per cause, naming the folder: the person reading it is a librarian at a lobby kiosk,
 * not a developer, so no SQLite codes and no stack (audit M1: a full disk used to end in a raw
 * "SqliteError: database or disk is full" trace, and a read-only folder in "unable to open").
 */
export function diskSentence(cause: DiskCause, folder: string): string {
  switch (cause) {
    case 'full':
      return `The disk holding ${folder} is full: free some space, then restart the kiosk.`;
    case 'read_only':
      return `The disk holding ${folder} is read-only (it may have been switched to read-only after a disk error): make it writable again, then restart the kiosk.`;
    case 'permissions':
      return `The kiosk's user is not allowed to write in ${folder}: give that user ownership of the folder and its files, then restart the kiosk.`;
    case 'not_a_folder':
      return `The kiosk's data folder ${folder} cannot be made because part of that path is a file, not a folder: move the file or set SAFECALL_DATA_DIR to another folder, then restart the kiosk.`;
    case 'disk_errors':
      return `The disk holding ${folder} reports read or write errors: have the disk checked, then restart the kiosk.`;
    case 'cannot_open':
      return `The kiosk cannot open its database in ${folder}: check that the folder exists and that the kiosk's user may read and write it, then restart the kiosk.`;
  }
}

/** Below this much free space SQLite cannot even size its shared-memory file, whatever code it reports. */
const NEARLY_FULL_BYTES = 1024 * 1024;

export interface DiskProbe {
  /** Free bytes on the disk holding the folder, if known. */
  freeBytes(folder: string): number | undefined;
  /** Why the folder cannot be written to (an errno code such as EROFS or EACCES), or undefined if it can. */
  whyNotWritable(folder: string): string | undefined;
}

function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

export const realDiskProbe: DiskProbe = {
  freeBytes(folder) {
    try {
      const stats = statfsSync(nearestExisting(folder));
      return stats.bavail * stats.bsize;
    } catch {
      return undefined;
    }
  },
  whyNotWritable(folder) {
    try {
      accessSync(nearestExisting(folder), constants.W_OK);
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? 'EACCES';
    }
  },
};

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/** The cause, if the error is the data folder's disk failing rather than anything the kiosk did. */
export function diskCause(error: unknown, folder: string, probe: DiskProbe = realDiskProbe): DiskCause | undefined {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'not_a_folder';
  if (code === 'EROFS') return 'read_only';
  const sqliteOpenOrWrite =
    code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM';
  const permissions = code === 'EACCES' || code === 'EPERM';
  const ioError = code.startsWith('SQLITE_IOERR') || code === 'EIO';
  if (!sqliteOpenOrWrite && !permissions && !ioError) return undefined;

  // SQLite's codes say what failed, not why: ask the disk.
  const free = probe.freeBytes(folder);
  if (free !== undefined && free < NEARLY_FULL_BYTES) return 'full';
  const notWritable = probe.whyNotWritable(folder);
  if (notWritable === 'EROFS') return 'read_only';
  if (notWritable === 'EACCES' || notWritable === 'EPERM' || permissions) return 'permissions';
  if (ioError) return 'disk_errors';
  return code.startsWith('SQLITE_READONLY') ? 'permissions' : 'cannot_open';
}

/**
 * A start-up failure caused by the data folder's disk, as a StartupError with one sentence; anything
 * else is returned unchanged (a StartupError already explains itself, and a bug stays a bug).
 */
export function explainStartupFailure(error: unknown, folder: string, probe: DiskProbe = realDiskProbe): unknown {
  if (error instanceof StartupError) return error;
  const cause = diskCause(error, folder, probe);
  return cause ? new StartupError(diskSentence(cause, folder), { cause: error }) : error;
}
