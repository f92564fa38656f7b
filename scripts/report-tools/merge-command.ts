import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localeSchema, type Locale } from '../../shared/locales.ts';
import { localDay } from '../../electron/core/checklists/local-day.ts';
import { exportFile, exportTexts } from '../../electron/core/reports/export-files.ts';
import { privateKeyFromPem, SealError } from '../../electron/core/reports/export-seal.ts';
import { exportFailure, writeExportFiles } from '../../electron/core/reports/export-write.ts';
import { mergeExports, MergeRefused } from '../../electron/core/reports/report-merge.ts';
import { createPublicKey } from 'node:crypto';
import { renderReportHtml } from '../../renderer/reports/report-html.ts';
import { reportT } from './report-t.ts';

export interface MergeOptions {
  keyFile: string;
  outDir: string;
  locale: Locale;
  files: string[];
  now?: () => Date;
}

export const MERGE_USAGE =
  'Usage: npm run report:merge -- --key safecall-report-key.pem [--out DIR] [--lang en|zh-Hant|zh-Hans|es|id|vi|ko|ar] a.json b.json …';

/** A refusal: nothing was written, and the message says which file and why. */
export class MergeCommandRefused extends Error {
  override name = 'MergeCommandRefused';
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new MergeCommandRefused(
      `${path}: cannot be read as ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
}

export function parseLocale(text: string | undefined): Locale {
  const parsed = localeSchema.safeParse(text ?? 'en');
  if (!parsed.success) throw new MergeCommandRefused(`--lang ${text}: not a kiosk language. ${MERGE_USAGE}`);
  return parsed.data;
}

/**
 * Reads the centre's key and the exports, merges them (core/reports/report-merge.ts: exact counts added
 * up, then suppressed) and writes merged.json (same format, sealed again to the same key so a merge can
 * itself be merged), merged.csv and merged.html into `outDir`, all or nothing.
 */
export function runMerge(options: MergeOptions): { folder: string; files: string[]; kiosks: string[] } {
  const keyText = readText(options.keyFile, 'the report key');
  let privateKey;
  try {
    privateKey = privateKeyFromPem(keyText);
  } catch (error) {
    if (error instanceof SealError) throw new MergeCommandRefused(`${options.keyFile}: ${error.message}.`);
    throw error;
  }
  const inputs = options.files.map((path) => ({ path, text: readText(path, 'an export') }));
  let merged;
  try {
    merged = mergeExports(inputs, privateKey);
  } catch (error) {
    if (error instanceof MergeRefused) throw new MergeCommandRefused(error.message);
    throw error;
  }
  const file = exportFile({
    kioskLabel: merged.exact.kioskLabel,
    centreName: merged.exact.centreName,
    range: merged.exact.range,
    exportedOn: localDay((options.now ?? (() => new Date()))()),
    suppressBelow: merged.suppressBelow,
    report: merged.exact,
    sealTo: createPublicKey(privateKey),
  });
  const html = renderReportHtml(file.report, { locale: options.locale, t: reportT(options.locale) });
  const texts = [...exportTexts(file, 'merged'), { name: 'merged.html', text: html }];
  const folder = resolve(options.outDir);
  try {
    // --out names where the merge goes: a folder that is not there yet is made, as `mkdir -p` would.
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw exportFailure(error, folder);
  }
  writeExportFiles(folder, texts);
  return { folder, files: texts.map((t) => t.name), kiosks: merged.kioskLabels };
}
