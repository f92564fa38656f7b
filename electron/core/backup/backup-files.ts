import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Backups live in their own folder inside the data folder, so they share its privacy (0700). */
export const BACKUP_FOLDER = 'backups';

/** How many backups are kept: about a week of daily ones, fewer when start-ups add their own. */
export const BACKUPS_KEPT = 7;

/** Why a backup was made; part of its name, so staff choosing one to restore can tell. */
export const BACKUP_REASONS = ['daily', 'before-migration', 'before-content'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFile {
  name: string;
  path: string;
  /** The local day it was made, "2026-12-05". */
  day: string;
  /** 1, 2, 3… within that day: orders backups of one day without recording a time. */
  counter: number;
  reason: BackupReason;
}

// safecall-2026-12-05-2-before-content.sqlite: a day and a counter, never a time of day (the folder
// holds the visit log, which keeps hours at most; a backup's name should not say more).
const NAME = /^safecall-(\d{4}-\d{2}-\d{2})-(\d+)-([a-z-]+)\.sqlite$/;

/** Written under this suffix, then renamed: a half-written copy is never taken for a backup. */
export const PARTIAL_SUFFIX = '.partial';

export function backupsFolder(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

export function backupName(day: string, counter: number, reason: BackupReason): string {
  return `safecall-${day}-${counter}-${reason}.sqlite`;
}

export function parseBackupName(name: string): Omit<BackupFile, 'path'> | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const reason = BACKUP_REASONS.find((r) => r === match[3]);
  if (!reason) return undefined;
  return { name, day: match[1] as string, counter: Number(match[2]), reason };
}

/** The backups in the folder, newest first; an absent folder has none. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [{ ...parsed, path: join(folder, name) }] : [];
    })
    .sort((a, b) => b.day.localeCompare(a.day) || b.counter - a.counter);
}

/** The name the next backup of `day` gets: one past the highest counter used that day. */
export function nextBackupName(folder: string, day: string, reason: BackupReason): string {
  const used = listBackups(folder)
    .filter((b) => b.day === day)
    .map((b) => b.counter);
  return backupName(day, Math.max(0, ...used) + 1, reason);
}

/** Keeps the newest `keep` backups and deletes the rest; returns the names removed. */
export function rotateBackups(folder: string, keep = BACKUPS_KEPT): string[] {
  const old = listBackups(folder).slice(keep);
  for (const b of old) rmSync(b.path, { force: true });
  return old.map((b) => b.name);
}

/** Removes copies a stopped kiosk left half-written. */
export function removePartialBackups(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(folder, name), { force: true });
}
