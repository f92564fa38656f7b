import { describe, expect, it } from 'vitest';
import { exportBaseName, labelSlug } from '../../../electron/core/reports/export-format.ts';
import { exportFailure } from '../../../electron/core/reports/export-write.ts';

describe("an export's file names", () => {
  it('carry the kiosk label as a slug and the range', () => {
    expect(exportBaseName('Library 2 — Front', { from: '2026-11-01', to: '2026-11-30' })).toBe(
      'safecall-library-2-front-2026-11-01-to-2026-11-30',
    );
    expect(labelSlug('Café Lobby')).toBe('cafe-lobby');
  });

  it('a label with no Latin letters still tells two kiosks apart', () => {
    expect(labelSlug('大堂')).toMatch(/^kiosk-[0-9a-f]{8}$/);
    expect(labelSlug('大堂')).not.toBe(labelSlug('圖書館'));
  });
});

describe('why an export could not be written, in words for staff', () => {
  const folder = '/media/kiosk/STICK';
  const said = (code: string) => exportFailure(Object.assign(new Error('raw'), { code }), folder).message;

  it('names the folder, says nothing was saved, and what to do, for each cause', () => {
    expect(said('ENOSPC')).toBe(
      `The USB stick or folder ${folder} is full. Nothing was saved. Free some space on it or use another stick, then export again.`,
    );
    expect(said('EROFS')).toContain('is read-only');
    // Root passes permission checks, so the integration tests cannot make these two on a real folder.
    expect(said('EACCES')).toBe(
      `The kiosk is not allowed to write in ${folder}. Nothing was saved. Choose another folder, then export again.`,
    );
    expect(said('EPERM')).toBe(said('EACCES'));
    expect(said('ENOENT')).toContain('was the USB stick taken out?');
    expect(said('EBUSY')).toBe(
      `The export could not be written to ${folder} (EBUSY). Nothing was saved. Choose another folder, then export again.`,
    );
    for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'ENOENT', 'EBUSY'])
      expect(exportFailure(Object.assign(new Error(), { code }), folder).code).toBe('export_failed');
  });
});
