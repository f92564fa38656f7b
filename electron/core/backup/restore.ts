import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { databaseFiles, makePrivateFiles } from '../private-files.ts';
import { listBackups, type BackupFile } from './backup-files.ts';
import { findDatabaseProblem } from './database-check.ts';

/** Why a database file was moved aside: part of its new name. */
export type AsideLabel = 'damaged' | 'before-restore';

const DAMAGED = /^safecall\.sqlite\.damaged-\d{4}-\d{2}-\d{2}(-\d+)?$/;

/** Damaged databases kept in the data folder (from this start or earlier ones), for staff to look at. */
export function damagedFilesKept(dataDir: string): string[] {
  try {
    return readdirSync(dataDir)
      .filter((name) => DAMAGED.test(name))
      .sort();
  } catch {
    return [];
  }
}

/** safecall.sqlite.damaged-2026-12-05, or …-2, …-3 when that day already has one. */
function freeAsideName(file: string, label: AsideLabel, day: string): string {
  const base = `${file}.${label}-${day}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (databaseFiles(candidate).every((f) => !existsSync(f))) return candidate;
  }
}

/**
 * Moves the database and its -wal and -shm aside under one new name (the journal files keep SQLite's
 * naming, so the set can still be opened together by someone repairing it). Returns the new path.
 */
export function moveAside(file: string, label: AsideLabel, day: string): string {
  const aside = freeAsideName(file, label, day);
  const from = databaseFiles(file);
  const to = databaseFiles(aside);
  from.forEach((f, i) => {
    if (existsSync(f)) renameSync(f, to[i] as string);
  });
  makePrivateFiles(...to);
  return aside;
}

/** The newest backup that passes SQLite's full integrity check, if any. */
export function newestGoodBackup(folder: string): BackupFile | undefined {
  return listBackups(folder).find(
    (b) => findDatabaseProblem(b.path, { check: 'integrity_check', readonly: true }) === undefined,
  );
}

/**
 * Puts a backup in the database's place. The copy is made and checked under a temporary name first,
 * and only then is the current file moved aside and the copy renamed in: if the copy fails (a full
 * disk), the current file is still where it was, so the next start tries again rather than taking
 * a missing file for a brand-new kiosk. Returns where the current file went, if there was one.
 */
export function putBackupInPlace(backupPath: string, file: string, label: AsideLabel, day: string): string | undefined {
  const incoming = join(dirname(file), `.${basename(file)}.restoring`);
  rmSync(incoming, { force: true });
  try {
    copyFileSync(backupPath, incoming);
    makePrivateFiles(incoming);
    if (findDatabaseProblem(incoming, { check: 'quick_check', readonly: true }))
      throw new Error(`The copy of ${backupPath} did not pass its check.`);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  const aside = databaseFiles(file).some((f) => existsSync(f)) ? moveAside(file, label, day) : undefined;
  renameSync(incoming, file);
  return aside;
}
