import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The data folder holds the visit log, resume codes and their backups: only the kiosk's own user may
 * read it (audit L3). Modes are set explicitly rather than through umask, which is process-wide and
 * would also change files the shells write elsewhere. On Windows, chmod only toggles read-only; the
 * per-user AppData folder is already private there.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (and its parents) if needed, and makes it private even if it already existed. */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  chmodSync(dir, PRIVATE_FOLDER_MODE);
}

/** Makes each file that exists private; files that do not exist are not an error. */
export function makePrivateFiles(...files: string[]): void {
  for (const file of files) if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Creates an empty file with the private mode if there is none. SQLite gives a database's -wal and
 * -shm the mode of the database file itself, so a database created this way never has a readable
 * journal, not even for the moment between creating and chmod.
 */
export function createPrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
}

/** The database and the two files SQLite keeps beside it in WAL mode. */
export function databaseFiles(file: string): [string, string, string] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * Writes a secret (a private key) to a new file only its owner can read, never over an existing one: the
 * check and the creation are one step ('wx'). Returns false, writing nothing, when the file exists.
 */
export function writeNewPrivateFile(file: string, text: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  let fd: number;
  try {
    fd = openSync(file, 'wx', PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}
