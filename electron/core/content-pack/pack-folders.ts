import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileList, hashContentFiles } from '../content/content-files.ts';

/** Under the data folder: each installed pack's content, in a folder named by its pack id. */
export const PACKS_FOLDER = 'content-packs';
/** A pack being checked before staff apply it: `.staging-<ticket>`, never served, gone at the next start. */
const STAGING_PREFIX = '.staging-';

export const packsRoot = (dataDir: string) => join(dataDir, PACKS_FOLDER);
export const packFolder = (dataDir: string, packId: string) => join(packsRoot(dataDir), packId);
export const stagingFolder = (dataDir: string, ticket: string) =>
  join(packsRoot(dataDir), `${STAGING_PREFIX}${ticket}`);

/** A content folder's hash as the content key takes it, and each file's own sha256 (for the change summary). */
export function describeFolder(dir: string): { filesHash: string | undefined; fileHashes: Record<string, string> } {
  const fileHashes: Record<string, string> = {};
  for (const rel of contentFileList(dir).all) {
    const full = join(dir, rel);
    if (existsSync(full)) fileHashes[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return { filesHash: hashContentFiles(dir), fileHashes };
}

/**
 * Deletes every folder under content-packs/ that no slot names and no open ticket holds: what an apply killed
 * half-way, a replaced pack, or a pack staff looked at but never applied left behind. The database is the
 * record; a folder it does not name is never served.
 */
export function removeUnusedPackFolders(
  dataDir: string,
  keep: ReadonlySet<string>,
  keepStaging: ReadonlySet<string> = new Set(),
): void {
  const root = packsRoot(dataDir);
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    const inUse = name.startsWith(STAGING_PREFIX) ? keepStaging.has(name.slice(STAGING_PREFIX.length)) : keep.has(name);
    if (!inUse) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/**
 * Flushes a folder's entries (a file written into it, a folder renamed into it) to the disk. Windows cannot open a
 * folder to flush it, and its file system keeps renames in its journal: there, and wherever else it is refused, this
 * does nothing.
 */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows: EPERM/EISDIR); the files themselves were flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
