import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open-database.ts';
import { makePrivateFiles, makePrivateFolder } from '../private-files.ts';
import {
  backupsFolder,
  listBackups,
  nextBackupName,
  PARTIAL_SUFFIX,
  rotateBackups,
  type BackupFile,
  type BackupReason,
} from './backup-files.ts';
import { findDatabaseProblem, PROBLEM_TEXT } from './database-check.ts';

interface Target {
  folder: string;
  name: string;
  partial: string;
}

function prepareTarget(dataDir: string, reason: BackupReason, day: string): Target {
  const folder = backupsFolder(dataDir);
  makePrivateFolder(folder);
  const name = nextBackupName(folder, day, reason);
  const partial = join(folder, `${name}${PARTIAL_SUFFIX}`);
  rmSync(partial, { force: true });
  return { folder, name, partial };
}

/**
 * Turns a finished copy into a backup: a single self-contained file (rollback journal, so it needs no
 * -wal or -shm beside it and can be opened read-only), checked in full, private, then renamed into
 * place. Only then are the oldest backups beyond the seventh removed, so a failed copy never costs
 * a good one. `compact`: the online backup copies every page, free ones too, and secure_delete=FAST
 * does not zero every free page, so purged plans could linger in a week of backups; a VACUUM of the
 * copy (tens of milliseconds, on the copy, not the live database) leaves them out.
 */
function finish(target: Target, options: { compact: boolean }): BackupFile {
  const copy = new Database(target.partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    if (options.compact) copy.exec('VACUUM');
  } finally {
    copy.close();
  }
  const problem = findDatabaseProblem(target.partial, { check: 'integrity_check', readonly: true });
  if (problem) throw new Error(`The backup copy ${target.partial} failed its check: ${PROBLEM_TEXT[problem]}.`);
  makePrivateFiles(target.partial);
  renameSync(target.partial, join(target.folder, target.name));
  rotateBackups(target.folder);
  const written = listBackups(target.folder).find((b) => b.name === target.name);
  if (!written) throw new Error(`The backup ${target.name} disappeared after it was written.`);
  return written;
}

function discard(target: Target, error: unknown): never {
  rmSync(target.partial, { force: true });
  throw error;
}

/**
 * A consistent copy made synchronously with VACUUM INTO, for start-up moments when nothing else
 * runs (before a migration, before a content import). The copy is compact: free pages, which may
 * still hold deleted data, are not carried into it.
 */
export function snapshotDatabase(db: Db, dataDir: string, reason: BackupReason, day: string): BackupFile {
  const target = prepareTarget(dataDir, reason, day);
  try {
    db.prepare('VACUUM INTO ?').run(target.partial);
    return finish(target, { compact: false });
  } catch (error) {
    return discard(target, error);
  }
}

/**
 * A copy made with SQLite's online backup API while the kiosk runs: better-sqlite3 copies a batch of
 * pages per turn of the event loop, so visitors' calls keep being answered during it.
 */
export async function backupDatabase(db: Db, dataDir: string, reason: BackupReason, day: string): Promise<BackupFile> {
  const target = prepareTarget(dataDir, reason, day);
  try {
    await db.backup(target.partial);
    return finish(target, { compact: true });
  } catch (error) {
    return discard(target, error);
  }
}
