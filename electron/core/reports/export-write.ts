import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError } from '../../../shared/errors.ts';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * What staff read when an export cannot be written: what happened to the stick or folder, that nothing
 * was saved, and what to do. The folder is named, since a kiosk may have more than one stick in it.
 */
export function exportFailure(error: unknown, folder: string): KioskError {
  const code = codeOf(error);
  const nothingSaved = 'Nothing was saved.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new KioskError(
        'export_failed',
        `The USB stick or folder ${folder} is full. ${nothingSaved} Free some space on it or use another stick, then export again.`,
      );
    case 'EROFS':
      return new KioskError(
        'export_failed',
        `${folder} is read-only (a USB stick may have a lock switch on its side). ${nothingSaved} Unlock it or choose another folder, then export again.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new KioskError(
        'export_failed',
        `The kiosk is not allowed to write in ${folder}. ${nothingSaved} Choose another folder, then export again.`,
      );
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'EIO':
      return new KioskError(
        'export_failed',
        `${folder} cannot be reached: was the USB stick taken out? ${nothingSaved} Put it back or choose another folder, then export again.`,
      );
    default:
      return new KioskError(
        'export_failed',
        `The export could not be written to ${folder}${code ? ` (${code})` : ''}. ${nothingSaved} Choose another folder, then export again.`,
      );
  }
}

function writeWhole(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    // On the stick before it is renamed: a stick pulled right after "saved" still holds whole files.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The folder's own entry list on disk too, so the renames outlive a stick pulled out at once (best effort). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder to fsync it; its file system commits renames itself.
  }
}

/**
 * Writes the files into `folder` all or nothing: each to a temporary name, flushed, then all renamed into
 * place. On any failure every temporary file and every file already renamed is removed again, so staff
 * never find half an export (or a CSV without its JSON), and the error says why in their words.
 */
export function writeExportFiles(folder: string, files: ReadonlyArray<{ name: string; text: string }>): void {
  const tag = randomBytes(4).toString('hex');
  const temporary = files.map((f) => join(folder, `.${f.name}.${tag}.partial`));
  const placed: string[] = [];
  try {
    files.forEach((f, i) => writeWhole(temporary[i]!, f.text));
    files.forEach((f, i) => {
      const target = join(folder, f.name);
      renameSync(temporary[i]!, target);
      placed.push(target);
    });
    syncFolder(folder);
  } catch (error) {
    for (const path of [...temporary, ...placed])
      try {
        rmSync(path, { force: true });
      } catch {
        // The stick is gone: there is nothing left on it to tidy, and the error below says so.
      }
    throw exportFailure(error, folder);
  }
}
