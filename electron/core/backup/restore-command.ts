import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { localDay } from '../checklists/local-day.ts';
import { backupsFolder, listBackups, type BackupFile } from './backup-files.ts';
import { findDatabaseProblem, isDamageError, PROBLEM_TEXT } from './database-check.ts';
import { putBackupInPlace } from './restore.ts';

/** A restore that was not done, with what to do instead: the command prints it and exits with 1. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/**
 * Whether another process (either shell) has the database open. A running kiosk holds a shared lock
 * on it for as long as it runs; asking SQLite for an exclusive lock without waiting fails at once
 * if so. A file SQLite cannot read is in use by no working kiosk, so it counts as free.
 */
export function isDatabaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    if (isDamageError(error)) return false;
    throw error;
  } finally {
    db?.close();
  }
}

export interface BackupListing extends BackupFile {
  /** Why it cannot be restored, or undefined when it passes SQLite's full integrity check. */
  problem: string | undefined;
}

/** Every backup, newest first, each checked. */
export function listBackupsChecked(dataDir: string): BackupListing[] {
  return listBackups(backupsFolder(dataDir)).map((b) => {
    const problem = findDatabaseProblem(b.path, { check: 'integrity_check', readonly: true });
    return { ...b, problem: problem && PROBLEM_TEXT[problem] };
  });
}

function chooseBackup(dataDir: string, wanted: string | undefined): { path: string; label: string } {
  const folder = backupsFolder(dataDir);
  if (wanted === undefined) {
    const good = listBackupsChecked(dataDir).find((b) => b.problem === undefined);
    if (!good) throw new RestoreRefused(`There is no good backup in ${folder}.`);
    return { path: good.path, label: `${good.name} (made ${good.day}, ${good.reason})` };
  }
  // A name from the list, or a path to a copy kept elsewhere (a USB stick).
  const inFolder = join(folder, wanted);
  const path = existsSync(inFolder) && !wanted.includes('/') && !wanted.includes('\\') ? inFolder : resolve(wanted);
  if (!existsSync(path))
    throw new RestoreRefused(
      `There is no backup ${wanted}. "npm run restore -- --list" shows the backups in ${folder}.`,
    );
  const problem = findDatabaseProblem(path, { check: 'integrity_check', readonly: true });
  if (problem)
    throw new RestoreRefused(
      `The backup ${path} cannot be restored: ${PROBLEM_TEXT[problem]}. Choose another one ("npm run restore -- --list").`,
    );
  return { path, label: path };
}

export interface RestoreResult {
  restored: string;
  file: string;
  /** Where the database that was there went, if there was one. */
  movedAside?: string;
}

/**
 * Staff's restore (npm run restore): refuses while the kiosk runs, checks the backup in full, moves
 * the current database aside (never deletes it) and puts the backup in its place.
 */
export function restoreBackup(options: {
  dataDir: string;
  file: string;
  backup?: string;
  now?: () => Date;
}): RestoreResult {
  if (isDatabaseInUse(options.file)) {
    throw new RestoreRefused(
      'The kiosk is running (its database is in use). Stop the kiosk first, then run the restore again.',
    );
  }
  const chosen = chooseBackup(options.dataDir, options.backup);
  const movedAside = putBackupInPlace(
    chosen.path,
    options.file,
    'before-restore',
    localDay((options.now ?? (() => new Date()))()),
  );
  return { restored: chosen.label, file: options.file, ...(movedAside && { movedAside }) };
}
