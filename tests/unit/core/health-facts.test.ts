import type { statfsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clockSanity,
  diskFree,
  integrityFromQuickCheck,
  LOW_DISK_BYTES,
  runtimeVersions,
} from '../../../electron/core/health/health-facts.ts';

const statfs = (bavail: number, bsize = 4096) => (() => ({ bavail, bsize })) as unknown as typeof statfsSync;

describe('health facts', () => {
  it('a database quick_check answers "ok" or its first problem line, trimmed and cut short', () => {
    expect(integrityFromQuickCheck(['ok'])).toEqual({ ok: true });
    expect(
      integrityFromQuickCheck([
        '  *** in database main ***\n  Page 12:   btreeInitPage() returns error code 11 ',
        'row 3 missing from index x',
      ]),
    ).toEqual({ ok: false, problem: '*** in database main *** Page 12: btreeInitPage() returns error code 11' });
    expect(integrityFromQuickCheck([])).toEqual({ ok: false, problem: 'quick_check gave no answer' });
    const long = integrityFromQuickCheck(['x'.repeat(500)]);
    expect(long.problem).toHaveLength(200);
  });

  it('free disk is what the kiosk user may use; under 500 MB, or not known, it needs staff', () => {
    expect(diskFree('/data', statfs(1_000_000))).toEqual({ freeBytes: 4_096_000_000, low: false });
    expect(diskFree('/data', statfs(LOW_DISK_BYTES / 4096 - 1))).toEqual({
      freeBytes: LOW_DISK_BYTES - 4096,
      low: true,
    });
    const broken = (() => {
      throw new Error('EIO');
    }) as unknown as typeof statfsSync;
    expect(diskFree('/data', broken)).toEqual({ low: true });
  });

  it('the clock is behind when the log or the content holds a later hour or day than now (local time)', () => {
    const now = new Date(2026, 11, 6, 14, 30);
    expect(clockSanity(now, { logHour: '2026-12-06T14', logDay: '2026-12-05', verified: '2026-12-06' })).toEqual({
      ok: true,
    });
    expect(clockSanity(now, {})).toEqual({ ok: true });
    expect(clockSanity(now, { logHour: '2026-12-06T15' })).toEqual({
      ok: false,
      behind: 'log',
      later: '2026-12-06T15',
    });
    expect(clockSanity(now, { logDay: '2026-12-07' })).toEqual({ ok: false, behind: 'log', later: '2026-12-07' });
    expect(clockSanity(now, { verified: '2027-01-01' })).toEqual({ ok: false, behind: 'content', later: '2027-01-01' });
  });

  it("versions name Electron's and Chromium's only where the process has them", () => {
    const node = { node: '24.1.0' } as NodeJS.ProcessVersions;
    expect(runtimeVersions('0.1.0', node)).toEqual({ app: '0.1.0', node: '24.1.0' });
    const electron = { node: '22.0.0', electron: '39.0.0', chrome: '142.0.1' } as NodeJS.ProcessVersions;
    expect(runtimeVersions('0.1.0', electron)).toEqual({
      app: '0.1.0',
      node: '22.0.0',
      electron: '39.0.0',
      chrome: '142.0.1',
    });
  });
});
