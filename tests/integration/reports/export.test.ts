import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportAnswer, VisitReport } from '../../../shared/report-schema.ts';
import { visitReportSchema } from '../../../shared/report-schema.ts';
import { exportFileSchema } from '../../../electron/core/reports/export-format.ts';
import { sealBinding } from '../../../electron/core/reports/export-files.ts';
import { generateReportKeyPair, openSealed, privateKeyFromPem } from '../../../electron/core/reports/export-seal.ts';
import { createReportExport } from '../../../electron/core/reports/report-export.service.ts';
import { kioskSettingsSchema } from '../../../shared/settings-schema.ts';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk.ts';
import { signInStaff } from '../../support/staff.ts';
import { tempDir, testKiosk } from '../../support/temp-dir.ts';
import { sampleReport } from '../../support/visit-report.ts';

const REQUEST = { from: '2026-11-01', to: '2026-11-30', locale: 'en' };
const NAMES = ['safecall-lobby-2026-11-01-to-2026-11-30.csv', 'safecall-lobby-2026-11-01-to-2026-11-30.json'];

/** Staff press Export: the answer, or the error the screen shows. */
async function exportAs(kiosk: ReturnType<typeof testKiosk>) {
  const from = await signInStaff(kiosk);
  return kiosk.dispatch('exportVisitReport', REQUEST, from);
}

function exported(answer: Awaited<ReturnType<typeof exportAs>>): ExportAnswer {
  if (!answer.ok) throw new Error(`exportVisitReport failed: ${JSON.stringify(answer.error)}`);
  return answer.value as ExportAnswer;
}

describe('exporting the visit report to the folder staff chose (Electron)', () => {
  it('writes the CSV and the JSON, whole, named for the kiosk and the range, with the exact report sealed to the centre key', async () => {
    const key = generateReportKeyPair();
    const folder = tempDir('safecall-stick-');
    const kiosk = testKiosk({
      kioskJson: { kioskLabel: 'Lobby', reports: { sealingKey: key.publicKey } },
      chooseExportFolder: async () => folder,
    });
    const answer = exported(await exportAs(kiosk));
    expect(answer).toEqual({
      kind: 'saved',
      folder,
      files: [
        { name: NAMES[0], mediaType: 'text/csv' },
        { name: NAMES[1], mediaType: 'application/json' },
      ],
    });
    expect(readdirSync(folder).sort()).toEqual(NAMES);
    const csv = readFileSync(join(folder, NAMES[0]!), 'utf8');
    expect(csv.startsWith('\uFEFFSafeCall Kiosk visit report')).toBe(true);
    expect(csv).toContain('kiosk,Lobby\r\n');
    const file = exportFileSchema.parse(JSON.parse(readFileSync(join(folder, NAMES[1]!), 'utf8')));
    expect(file).toMatchObject({ kioskLabel: 'Lobby', range: { from: '2026-11-01', to: '2026-11-30' } });

    // The sealed part is exactly what the staff screen gets, and only the centre's private key opens it.
    const exact = visitReportSchema.parse(
      JSON.parse(openSealed(file.sealed!, privateKeyFromPem(key.privateKeyPem), sealBinding(file))),
    );
    const onScreen = await kiosk.dispatch('getVisitReport', REQUEST, await signInStaff(kiosk));
    expect(onScreen).toEqual({ ok: true, value: exact });
    expect(() =>
      openSealed(file.sealed!, privateKeyFromPem(generateReportKeyPair().privateKeyPem), sealBinding(file)),
    ).toThrow(/sealed to another report key/);
  });

  it('answers cancelled, and writes nothing, when staff close the dialog', async () => {
    const kiosk = testKiosk({ chooseExportFolder: async () => undefined });
    expect(exported(await exportAs(kiosk))).toEqual({ kind: 'cancelled' });
  });

  it('a stick taken out (the folder is gone) is an error that says so', async () => {
    const folder = join(tempDir('safecall-stick-'), 'STICK');
    const kiosk = testKiosk({ chooseExportFolder: async () => folder });
    expect(await exportAs(kiosk)).toMatchObject({
      ok: false,
      error: {
        code: 'export_failed',
        message: expect.stringContaining('was the USB stick taken out? Nothing was saved.'),
      },
    });
  });
});

describe('the browser shell: no folder of its own, the page downloads the files', () => {
  it('answers both files with their text; without a centre key, no exact counts at all', async () => {
    const kiosk = testKiosk();
    const answer = exported(await exportAs(kiosk)) as Extract<ExportAnswer, { kind: 'download' }>;
    expect(answer.kind).toBe('download');
    const base = 'safecall-kiosk-2026-11-01-to-2026-11-30';
    expect(answer.files.map((f) => [f.name, f.mediaType])).toEqual([
      [`${base}.csv`, 'text/csv'],
      [`${base}.json`, 'application/json'],
    ]);
    const file = exportFileSchema.parse(JSON.parse(answer.files[1]!.text));
    expect(file.kioskLabel).toBe('Kiosk');
    expect(file.sealed).toBeUndefined();
  });

  it('refuses to export at all when the report key in kiosk.json is not one', async () => {
    const settings = kioskSettingsSchema.parse({ reports: { sealingKey: 'A'.repeat(60) } });
    const exporting = createReportExport({ settings: () => settings, now: () => new Date() }).export(sampleReport());
    await expect(exporting).rejects.toMatchObject({
      code: 'export_failed',
      message: expect.stringMatching(/report:keygen.*Nothing was exported/),
    });
  });
});

describe('a full or read-only stick: an error staff understand, and nothing half-written left on it', () => {
  let disk: SmallDisk | undefined;
  afterEach(() => {
    disk?.release();
    disk = undefined;
  });

  /** The export service as the core builds it, on a report with numbers, into `folder`. */
  function exportInto(folder: string, report: VisitReport = sampleReport()) {
    const settings = kioskSettingsSchema.parse({});
    return createReportExport({
      settings: () => settings,
      now: () => new Date(2026, 11, 6),
      chooseFolder: async () => folder,
    })
      .export(report)
      .then(
        (answer) => ({ ok: true as const, answer }),
        (error: unknown) => ({ ok: false as const, error: error as Error & { code: string } }),
      );
  }

  it('a full stick (a small tmpfs, filled up)', async () => {
    const mounted = mountSmallDisk(1);
    if ('unavailable' in mounted) {
      // Not root: no tmpfs, so no real full disk (the error's words are checked in tests/unit/core/report-export-files.test.ts).
      console.warn(`tmpfs cannot be mounted here (${mounted.unavailable}): no full-stick test on this machine.`);
      return;
    }
    disk = mounted;
    mounted.fill(0);
    const before = readdirSync(mounted.dir);
    const result = await exportInto(mounted.dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      code: 'export_failed',
      message: `The USB stick or folder ${mounted.dir} is full. Nothing was saved. Free some space on it or use another stick, then export again.`,
    });
    expect(readdirSync(mounted.dir)).toEqual(before);
  });

  it('a read-only stick', async () => {
    const mounted = mountSmallDisk(1);
    let folder: string;
    if ('unavailable' in mounted) {
      // Not root: a folder this user may not write into is refused the same way (EACCES).
      folder = tempDir('safecall-stick-');
      chmodSync(folder, 0o500);
    } else {
      disk = mounted;
      mounted.readOnly();
      folder = mounted.dir;
    }
    const result = await exportInto(folder);
    expect(!result.ok && result.error).toMatchObject({
      code: 'export_failed',
      message: expect.stringMatching(/read-only|not allowed to write/),
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a stick with room for the CSV but not the JSON keeps neither', async () => {
    const mounted = mountSmallDisk(1);
    if ('unavailable' in mounted) {
      console.warn(`tmpfs cannot be mounted here (${mounted.unavailable}): no half-full-stick test on this machine.`);
      return;
    }
    disk = mounted;
    const sub = join(mounted.dir, 'reports');
    mkdirSync(sub);
    // A report whose JSON is far larger than its CSV would fit the space left only for the CSV.
    const big = sampleReport({
      guides: Array.from({ length: 300 }, (_, i) => ({
        tutorialId: `guide-${i}`,
        title: `Guide ${i}`,
        opened: 40,
        completed: 20,
        lookedDifferent: 5,
      })),
    });
    mounted.fill(48 * 1024);
    const result = await exportInto(sub, big);
    expect(!result.ok && result.error).toMatchObject({
      code: 'export_failed',
      message: expect.stringContaining('is full'),
    });
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('suppression holds in every export file', () => {
  it('no count from 1 to 4 appears in the CSV or the JSON outside the sealed ciphertext', async () => {
    const key = generateReportKeyPair();
    const settings = kioskSettingsSchema.parse({ reports: { sealingKey: key.publicKey } });
    const answer = await createReportExport({ settings: () => settings, now: () => new Date(2026, 11, 6) }).export(
      sampleReport(),
    );
    if (answer.kind !== 'download') throw new Error('expected the files');
    const [csv, json] = answer.files.map((f) => f.text) as [string, string];

    const countColumn = csv
      .split('\r\n')
      .map((line) => line.split(','))
      .filter((cells) => cells.length === 4 && cells[0] !== 'section')
      .map((cells) => cells[3]);
    expect(countColumn.length).toBeGreaterThan(20);
    for (const count of countColumn) expect(count).toMatch(/^(0|[5-9]|\d{2,}|<\d+)$/);

    const { sealed, ...shown } = JSON.parse(json) as Record<string, unknown>;
    const numbers: number[] = [];
    JSON.stringify(shown.report, (_key, value: unknown) => {
      if (typeof value === 'number') numbers.push(value);
      return value;
    });
    expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
    expect(numbers.length).toBeGreaterThan(10);
    // The sealed part is base64 and a fingerprint: no readable number in it.
    expect(JSON.stringify(sealed)).not.toMatch(/"visits"|"total"/);
    // And the exact counts are really in it, for the merge.
    const exact = JSON.parse(
      openSealed(
        exportFileSchema.parse(JSON.parse(json)).sealed!,
        privateKeyFromPem(key.privateKeyPem),
        sealBinding(exportFileSchema.parse(JSON.parse(json))),
      ),
    );
    expect(exact).toEqual(sampleReport());
  });
});
