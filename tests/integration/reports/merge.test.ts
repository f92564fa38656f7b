import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VisitReport } from '../../../shared/report-schema.ts';
import { kioskSettingsSchema } from '../../../shared/settings-schema.ts';
import { exportFileSchema, type ExportFile } from '../../../electron/core/reports/export-format.ts';
import { sealBinding } from '../../../electron/core/reports/export-files.ts';
import { generateReportKeyPair, openSealed, privateKeyFromPem } from '../../../electron/core/reports/export-seal.ts';
import { REPORT_KEY_FILE, writeReportKey } from '../../../electron/core/reports/report-key-file.ts';
import { createReportExport } from '../../../electron/core/reports/report-export.service.ts';
import { MergeCommandRefused, runMerge } from '../../../scripts/report-tools/merge-command.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';
import { sampleReport } from '../../support/visit-report.ts';

/** A kiosk's exact report for November's first three days: `en` and `ar` visits, a few assisted. */
function kioskReport(kioskLabel: string, visits: { en: number; ar: number; assisted: number }): VisitReport {
  const total = visits.en + visits.ar;
  return sampleReport({
    kioskLabel,
    visits: { total, assisted: visits.assisted, selfGuided: total - visits.assisted },
    series: [
      { start: '2026-11-01', visits: total - 1, assisted: visits.assisted },
      { start: '2026-11-02', visits: 1, assisted: 0 },
      { start: '2026-11-03', visits: 0, assisted: 0 },
    ],
    languages: [
      { locale: 'en', visits: visits.en },
      { locale: 'ar', visits: visits.ar },
    ],
  });
}

/** The centre's key, written where staff would keep it. */
function centreKey() {
  const dir = tempDir('safecall-key-');
  const { file, publicKey } = writeReportKey(dir);
  return { file, publicKey, privateKey: privateKeyFromPem(readFileSync(file, 'utf8')) };
}

/** Exports `report` as a kiosk with this key does, and saves the JSON where the tool will read it. */
async function exportOf(report: VisitReport, sealingKey: string | undefined, dir = tempDir('safecall-exports-')) {
  const settings = kioskSettingsSchema.parse({ kioskLabel: report.kioskLabel, reports: { sealingKey } });
  const answer = await createReportExport({ settings: () => settings, now: () => new Date(2026, 11, 6) }).export(
    report,
  );
  if (answer.kind !== 'download') throw new Error('expected the files');
  const json = answer.files.find((f) => f.mediaType === 'application/json')!;
  const path = join(dir, json.name);
  writeFileSync(path, json.text);
  return path;
}

function readMerged(outDir: string, privateKey: ReturnType<typeof centreKey>['privateKey']) {
  const file = exportFileSchema.parse(JSON.parse(readFileSync(join(outDir, 'merged.json'), 'utf8')));
  const exact = JSON.parse(openSealed(file.sealed!, privateKey, sealBinding(file))) as VisitReport;
  return { file, exact, csv: readFileSync(join(outDir, 'merged.csv'), 'utf8') };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MergeCommandRefused);
    return (error as Error).message;
  }
  throw new Error('expected the merge to be refused');
}

describe('report:merge adds several kiosks up, then suppresses', () => {
  it('two exports: every count added, series by day, languages and guides by id, labels listed', async () => {
    const key = centreKey();
    const a = kioskReport('Lobby', { en: 30, ar: 3, assisted: 2 });
    const b = kioskReport('Library 2', { en: 12, ar: 4, assisted: 6 });
    const out = tempDir('safecall-merged-');
    const result = runMerge({
      keyFile: key.file,
      outDir: out,
      locale: 'en',
      files: [await exportOf(a, key.publicKey), await exportOf(b, key.publicKey)],
    });
    expect(result.kiosks).toEqual(['Lobby', 'Library 2']);
    expect(readdirSync(out).sort()).toEqual(['merged.csv', 'merged.html', 'merged.json']);
    const { file, exact } = readMerged(out, key.privateKey);
    expect(file.kioskLabel).toBe('Lobby, Library 2');
    expect(exact.visits).toEqual({ total: 49, assisted: 8, selfGuided: 41 });
    expect(exact.series).toEqual([
      { start: '2026-11-01', visits: 47, assisted: 8 },
      { start: '2026-11-02', visits: 2, assisted: 0 },
      { start: '2026-11-03', visits: 0, assisted: 0 },
    ]);
    expect(exact.languages).toEqual([
      { locale: 'en', visits: 42 },
      { locale: 'ar', visits: 7 },
    ]);
    expect(exact.guides.map((g) => [g.tutorialId, g.opened, g.completed, g.lookedDifferent])).toEqual([
      ['iphone-turn-off-facetime', 34, 22, 4],
      ['whatsapp-silence-unknown-callers', 8, 2, 0],
    ]);
    expect(exact.checklists).toEqual({
      plans: 44,
      shown: 40,
      printed: 32,
      printFailed: 2,
      sentToBrowser: 0,
      resumed: 6,
    });
    expect(exact.help).toEqual({ helpRequested: 12, scamNow: 4, afterScam: 0 });
    expect(readFileSync(join(out, 'merged.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('three exports, one with a guide and a content version the others lack', async () => {
    const key = centreKey();
    const dir = tempDir('safecall-exports-');
    const c = sampleReport({
      kioskLabel: 'Clinic',
      contentVersions: ['ffffffffffff'],
      guides: [
        {
          tutorialId: 'android-block-unknown',
          title: 'Block unknown numbers',
          opened: 9,
          completed: 9,
          lookedDifferent: 1,
        },
      ],
    });
    const files = [
      await exportOf(kioskReport('Lobby', { en: 30, ar: 3, assisted: 2 }), key.publicKey, dir),
      await exportOf(kioskReport('Library 2', { en: 12, ar: 4, assisted: 6 }), key.publicKey, dir),
      await exportOf(c, key.publicKey, dir),
    ];
    const out = tempDir('safecall-merged-');
    runMerge({ keyFile: key.file, outDir: out, locale: 'en', files });
    const { exact } = readMerged(out, key.privateKey);
    expect(exact.visits.total).toBe(49 + 40);
    expect(exact.languages).toEqual([
      { locale: 'en', visits: 42 + 21 },
      { locale: 'zh-Hant', visits: 12 },
      { locale: 'ar', visits: 7 + 3 },
      { locale: 'es', visits: 4 },
    ]);
    expect(exact.guides.find((g) => g.tutorialId === 'android-block-unknown')).toMatchObject({
      opened: 9,
      completed: 9,
    });
    expect(exact.contentVersions).toEqual(['0123456789ab', 'ffffffffffff']);
  });

  it('suppression comes after adding up: 3 and 4 Arabic visits are 7 shown, never "<5" twice', async () => {
    const key = centreKey();
    const files = [
      await exportOf(kioskReport('Lobby', { en: 30, ar: 3, assisted: 2 }), key.publicKey),
      await exportOf(kioskReport('Library 2', { en: 12, ar: 4, assisted: 6 }), key.publicKey),
    ];
    // Each kiosk's own export hides its count.
    for (const path of files) {
      const own = exportFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      expect(own.report.languages.find((l) => l.locale === 'ar')?.visits).toBe('<5');
    }
    const out = tempDir('safecall-merged-');
    runMerge({ keyFile: key.file, outDir: out, locale: 'en', files });
    const { file, csv } = readMerged(out, key.privateKey);
    expect(file.report.languages).toEqual([
      { locale: 'en', visits: 42 },
      { locale: 'ar', visits: 7 },
    ]);
    expect(csv).toContain('languages,ar,العربية,7\r\n');
    // What is still small after adding up is suppressed: two prints failed in all.
    expect(file.report.checklists.printFailed).toBe('<5');
    expect(csv).toContain('checklists,printFailed,Prints that failed,<5\r\n');
    // Suppression holds in every merged file: no count from 1 to 4 outside the sealed part.
    const numbers: number[] = [];
    JSON.stringify(file.report, (_k, v: unknown) => (typeof v === 'number' && numbers.push(v), v));
    expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
    const csvCounts = csv
      .split('\r\n')
      .map((l) => l.split(','))
      .filter((cells) => cells.length === 4 && cells[0] !== 'section')
      .map((cells) => cells[3]);
    for (const count of csvCounts) expect(count).toMatch(/^(0|[5-9]|\d{2,}|<\d+)$/);
  });
});

describe('report:merge refuses every bad file, by name, and writes nothing', () => {
  it('not JSON, not an export, another version, edited, tampered, sealed to another key, without exact counts', async () => {
    const key = centreKey();
    const dir = tempDir('safecall-exports-');
    const good = await exportOf(kioskReport('Lobby', { en: 30, ar: 3, assisted: 2 }), key.publicKey, dir);
    const goodFile = JSON.parse(readFileSync(good, 'utf8')) as ExportFile;
    const bad = (name: string, content: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    };
    const cipher = Buffer.from(goodFile.sealed!.ciphertext, 'base64');
    cipher[0]! ^= 1;
    const cases: Array<[string, RegExp]> = [
      [bad('notes.csv', 'section,item\n'), /notes\.csv: is not JSON \(give the \.json export, not the \.csv\)/],
      [bad('other.json', { format: 'something-else' }), /other\.json: is not a SafeCall visit report export/],
      [
        bad('future.json', { ...goodFile, version: 2 }),
        /future\.json: is export format version 2; this tool reads version 1/,
      ],
      [
        bad('edited.json', { ...goodFile, suppressBelow: 'five' }),
        /edited\.json: is not a whole export \(suppressBelow: /,
      ],
      [
        bad('tampered.json', { ...goodFile, sealed: { ...goodFile.sealed, ciphertext: cipher.toString('base64') } }),
        /tampered\.json: its sealed exact counts do not open: the file was changed after the kiosk wrote it/,
      ],
      [
        bad('relabelled.json', { ...goodFile, kioskLabel: 'Somewhere else' }),
        /relabelled\.json: its sealed exact counts do not open/,
      ],
      [
        await exportOf(kioskReport('Annex', { en: 5, ar: 0, assisted: 0 }), generateReportKeyPair().publicKey, dir),
        /safecall-annex-.*\.json: its exact counts are sealed to another report key/,
      ],
      [
        await exportOf(kioskReport('Cafe', { en: 5, ar: 0, assisted: 0 }), undefined, dir),
        /safecall-cafe-.*\.json: has no exact counts \(kiosk "Cafe" had no report key when it exported\), and small counts are never guessed\. Put the public key line .* reports\.sealingKey/,
      ],
    ];
    const out = tempDir('safecall-merged-');
    const message = refusal(() =>
      runMerge({ keyFile: key.file, outDir: out, locale: 'en', files: [good, ...cases.map(([path]) => path)] }),
    );
    // All of them at once, one line each, the good file not among them.
    expect(message.split('\n')).toHaveLength(cases.length);
    for (const [, pattern] of cases) expect(message).toMatch(pattern);
    expect(message).not.toContain(good);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exports of different dates, and one kiosk twice', async () => {
    const key = centreKey();
    const lobby = kioskReport('Lobby', { en: 30, ar: 3, assisted: 2 });
    const december = {
      ...kioskReport('Library 2', { en: 12, ar: 4, assisted: 6 }),
      range: { from: '2026-12-01', to: '2026-12-03' },
    };
    const out = tempDir('safecall-merged-');
    expect(refusal(() => runMerge({ keyFile: key.file, outDir: out, locale: 'en', files: [] as string[] }))).toMatch(
      /Give the \.json exports/,
    );
    const files = [await exportOf(lobby, key.publicKey), await exportOf(december, key.publicKey)];
    expect(refusal(() => runMerge({ keyFile: key.file, outDir: out, locale: 'en', files }))).toMatch(
      /different dates: .*2026-11-01 to 2026-11-03; .*2026-12-01 to 2026-12-03\. Export the same dates on every kiosk/,
    );
    const twice = [await exportOf(lobby, key.publicKey), await exportOf(lobby, key.publicKey)];
    expect(refusal(() => runMerge({ keyFile: key.file, outDir: out, locale: 'en', files: twice }))).toMatch(
      /are both from kiosk "Lobby": its visits would count twice/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('a key file that is not the private key', () => {
    const dir = tempDir('safecall-key-');
    const file = join(dir, 'public.txt');
    writeFileSync(file, generateReportKeyPair().publicKey);
    expect(refusal(() => runMerge({ keyFile: file, outDir: dir, locale: 'en', files: ['a.json'] }))).toMatch(
      /public\.txt: is not a private key/,
    );
  });
});

describe('the command lines, as staff run them', () => {
  const node = (script: string, args: string[]) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], { encoding: 'utf8', cwd: REPO_ROOT });

  it('report:keygen writes a private key only its owner reads, prints the kiosk.json line, never overwrites', () => {
    const dir = tempDir('safecall-key-');
    const first = node('report-keygen.ts', ['--out', dir]);
    expect(first.status).toBe(0);
    const file = join(dir, REPORT_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const line = /"reports": \{ "sealingKey": "([A-Za-z0-9+/=]+)" \}/.exec(first.stdout)?.[1];
    expect(kioskSettingsSchema.parse({ reports: { sealingKey: line } }).reports.sealingKey).toBe(line);
    expect(line).toBe(
      createPublicKey(privateKeyFromPem(readFileSync(file, 'utf8')))
        .export({ type: 'spki', format: 'der' })
        .toString('base64'),
    );
    const before = readFileSync(file, 'utf8');
    const again = node('report-keygen.ts', ['--out', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('report:merge writes the three files, or says what is wrong and exits 1', async () => {
    const key = centreKey();
    const files = [
      await exportOf(kioskReport('Lobby', { en: 30, ar: 3, assisted: 2 }), key.publicKey),
      await exportOf(kioskReport('Library 2', { en: 12, ar: 4, assisted: 6 }), key.publicKey),
    ];
    // --out may name a folder that is not there yet.
    const out = join(tempDir('safecall-merged-'), 'november', 'all kiosks');
    const merged = node('report-merge.ts', ['--key', key.file, '--out', out, '--lang', 'ar', ...files]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toContain('Merged 2 exports (Lobby, Library 2)');
    expect(readdirSync(out).sort()).toEqual(['merged.csv', 'merged.html', 'merged.json']);
    expect(readFileSync(join(out, 'merged.html'), 'utf8')).toContain('dir="rtl"');
    const refused = node('report-merge.ts', ['--key', key.file, '--out', out, join(out, 'merged.csv')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Nothing was merged.\n${join(out, 'merged.csv')}: is not JSON`);
    // Two kiosks' exports and two child processes: on CI's two busy cores this took 37 s once (30 s is the default).
  }, 90_000);
});
