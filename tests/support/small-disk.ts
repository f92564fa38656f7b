import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, statSync, ftruncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

/** A real, small filesystem (tmpfs) the test can fill up or make read-only, unmounted by `release`. */
export interface SmallDisk {
  dir: string;
  /** Fills the disk, leaving about `leaveBytes` free. */
  fill(leaveBytes: number): void;
  readOnly(): void;
  release(): void;
}

/**
 * Mounts a tmpfs of `megabytes` if this user may (root, or a container that allows it). Returns the
 * reason instead when it cannot, so a test can say plainly that it fell back to a simulation.
 */
export function mountSmallDisk(megabytes: number): SmallDisk | { unavailable: string } {
  const dir = join(tempDir('safecall-disk-'), 'disk');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { unavailable: stderr || (error as Error).message };
  }
  let mounted = true;
  return {
    dir,
    fill(leaveBytes) {
      const filler = join(dir, `filler-${Date.now()}`);
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
      ftruncateSync(fd, Math.max(0, statSync(filler).size - leaveBytes));
      closeSync(fd);
    },
    readOnly() {
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
    },
    release() {
      if (mounted) execFileSync('umount', [dir], { stdio: 'pipe' });
      mounted = false;
    },
  };
}
