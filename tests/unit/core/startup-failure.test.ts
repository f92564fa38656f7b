import { describe, expect, it } from 'vitest';
import { StartupError } from '../../../electron/core/startup-error.ts';
import {
  diskCause,
  diskSentence,
  explainStartupFailure,
  type DiskProbe,
} from '../../../electron/core/startup-failure.ts';

const FOLDER = '/var/lib/safecall';
const roomy: DiskProbe = { freeBytes: () => 10 ** 9, whyNotWritable: () => undefined };
const probe = (over: Partial<DiskProbe>): DiskProbe => ({ ...roomy, ...over });
const failure = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe("start-up failures caused by the data folder's disk", () => {
  it.each([
    ['SQLITE_FULL', roomy, 'full'],
    ['ENOSPC', roomy, 'full'],
    // On a disk with no space left SQLite cannot size its shared-memory file and says "disk I/O error".
    ['SQLITE_IOERR_SHMSIZE', probe({ freeBytes: () => 0 }), 'full'],
    ['SQLITE_IOERR_WRITE', roomy, 'disk_errors'],
    ['SQLITE_CANTOPEN', probe({ whyNotWritable: () => 'EROFS' }), 'read_only'],
    ['SQLITE_READONLY', probe({ whyNotWritable: () => 'EROFS' }), 'read_only'],
    ['EROFS', roomy, 'read_only'],
    ['SQLITE_CANTOPEN', probe({ whyNotWritable: () => 'EACCES' }), 'permissions'],
    ['SQLITE_READONLY', roomy, 'permissions'],
    ['EACCES', roomy, 'permissions'],
    ['EPERM', roomy, 'permissions'],
    ['ENOTDIR', roomy, 'not_a_folder'],
    ['SQLITE_CANTOPEN', roomy, 'cannot_open'],
  ] as const)('%s (%#) is "%s"', (code, diskProbe, cause) => {
    expect(diskCause(failure(code), FOLDER, diskProbe)).toBe(cause);
  });

  it('become a StartupError of one sentence that names the folder and what to do', () => {
    const explained = explainStartupFailure(failure('SQLITE_FULL', 'database or disk is full'), FOLDER, roomy);
    expect(explained).toBeInstanceOf(StartupError);
    expect((explained as Error).message).toBe(
      'The disk holding /var/lib/safecall is full: free some space, then restart the kiosk.',
    );
    for (const cause of ['full', 'read_only', 'permissions', 'not_a_folder', 'disk_errors', 'cannot_open'] as const) {
      const sentence = diskSentence(cause, FOLDER);
      expect(sentence).toContain(FOLDER);
      expect(sentence.match(/\./g)?.length, sentence).toBe(1);
      expect(sentence).toMatch(/restart the kiosk\.$/);
    }
  });

  it('leave anything else alone: a StartupError explains itself, and a bug stays a bug', () => {
    const own = new StartupError('kiosk.json: "region" is not valid.');
    expect(explainStartupFailure(own, FOLDER, roomy)).toBe(own);
    const bug = new TypeError('x is undefined');
    expect(explainStartupFailure(bug, FOLDER, roomy)).toBe(bug);
    expect(explainStartupFailure(failure('SQLITE_CONSTRAINT'), FOLDER, roomy)).not.toBeInstanceOf(StartupError);
  });
});
