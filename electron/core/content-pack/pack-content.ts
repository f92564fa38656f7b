import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { syncFolder } from './pack-folders.ts';
import { dirname, resolve, sep } from 'node:path';
import { checkContent, type ContentReport } from '../content/content-check.ts';
import type { OpenedPack } from './pack-read.ts';
import { CONTENT_PATH } from './pack-format.ts';
import { PackRefused } from './pack-read.ts';

/**
 * Writes a proven pack's files into `dir` (a fresh staging folder), for the kiosk's own content check and
 * then the import. Paths were proven plain by openPack; each is checked again against the folder here,
 * because this is where a path would escape if anything upstream ever let one through.
 */
export function stagePack(pack: OpenedPack, dir: string): void {
  const root = resolve(dir);
  const folders = new Set<string>([root]);
  for (const [path, data] of pack.files) {
    const target = resolve(root, path);
    if (!CONTENT_PATH.test(path) || !target.startsWith(root + sep))
      throw new PackRefused('unsafe_path', `The pack's file "${path}" would land outside the staging folder.`);
    mkdirSync(dirname(target), { recursive: true });
    // Flushed as written: the folder is renamed into place and named by the database only after, and a power cut
    // must not leave the record pointing at files that never reached the disk.
    const fd = openSync(target, 'wx');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    folders.add(dirname(target));
  }
  for (const folder of folders) syncFolder(folder);
}

/**
 * Every rule npm run content:check applies (schema, references, every text in every language, pictures,
 * sources and their dates), on the staged pack: a pack that would fail the check in the repository is
 * refused on the kiosk too, whoever signed it.
 */
export function checkPackContent(pack: OpenedPack, stagingDir: string, today = new Date()): ContentReport {
  stagePack(pack, stagingDir);
  return checkContent(stagingDir, today);
}
