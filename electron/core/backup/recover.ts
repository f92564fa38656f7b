import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { RecoveryAtStart } from '../../../shared/api.ts';
import { localDay } from '../checklists/local-day.ts';
import { backupsFolder } from './backup-files.ts';
import { findDatabaseProblem, PROBLEM_TEXT } from './database-check.ts';
import { moveAside, newestGoodBackup, putBackupInPlace } from './restore.ts';

export interface RecoverOptions {
  /** The database file, `<dataDir>/safecall.sqlite`. */
  file: string;
  dataDir: string;
  now: () => Date;
  /** Where staff will look: the shell's log. Recovery always says what it did, loudly. */
  warn: (message: string) => void;
}

/**
 * Runs before the database is opened, while nothing else uses it. A file that is empty, does not
 * start like an SQLite database, or fails `quick_check` is damaged, never taken for a new kiosk (an
 * empty file used to start silently with all history gone: audit #55). A damaged file is moved aside,
 * never deleted, and the newest good backup takes its place; with no good backup the kiosk starts on a
 * new database, saying that history was lost and where the damaged file is. No file at all is a
 * genuinely new kiosk and starts normally.
 */
export function recoverDatabase(options: RecoverOptions): RecoveryAtStart {
  const { file, dataDir } = options;
  if (!existsSync(file)) return { action: 'none' };
  const problem = findDatabaseProblem(file, { check: 'quick_check', readonly: false });
  if (!problem) return { action: 'none' };

  const day = localDay(options.now());
  const backup = newestGoodBackup(backupsFolder(dataDir));
  if (backup) {
    const aside = putBackupInPlace(backup.path, file, 'damaged', day) ?? file;
    const message =
      `The kiosk database was damaged (${PROBLEM_TEXT[problem]}). It was moved aside as ${basename(aside)} and the backup ` +
      `${backup.name} from ${backup.day} was restored; visits and saved plans recorded after that backup are lost.`;
    options.warn(`SafeCall Kiosk: ${message} Damaged file: ${aside}`);
    return {
      action: 'restored_backup',
      problem,
      day,
      damagedFile: basename(aside),
      backupFile: backup.name,
      backupDay: backup.day,
      message,
    };
  }
  const aside = moveAside(file, 'damaged', day);
  const message =
    `The kiosk database was damaged (${PROBLEM_TEXT[problem]}) and there is no good backup, so the kiosk started with a new, ` +
    `empty database: its visit history and saved plans are lost. The damaged file is kept as ${basename(aside)} in the data folder.`;
  options.warn(`SafeCall Kiosk: WARNING: ${message} Damaged file: ${aside}`);
  return { action: 'started_fresh', problem, day, damagedFile: basename(aside), message };
}
