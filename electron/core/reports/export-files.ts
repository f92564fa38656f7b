import type { SuppressedVisitReport, VisitReport } from '../../../shared/report-schema.ts';
import { suppressReport } from '../../../shared/report-suppress.ts';
import { exportCsv } from './export-csv.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportBaseName, type ExportFile, type SealedPart } from './export-format.ts';
import { seal } from './export-seal.ts';
import type { KeyObject } from 'node:crypto';

export interface ExportText {
  name: string;
  mediaType: 'text/csv' | 'application/json';
  text: string;
}

/** The header fields the sealed counts are bound to: change one and the seal no longer opens. */
export function sealBinding(file: Pick<ExportFile, 'format' | 'version' | 'kioskLabel' | 'range'>): string {
  return JSON.stringify([file.format, file.version, file.kioskLabel, file.range.from, file.range.to]);
}

export interface ExportInput {
  kioskLabel: string;
  centreName: string;
  range: { from: string; to: string };
  exportedOn: string;
  suppressBelow: number;
  /** The exact report: suppressed here, sealed as it is. */
  report: VisitReport;
  /** The centre's report key: the exact counts are sealed to it. Without one, there is no sealed part. */
  sealTo?: KeyObject | undefined;
}

/** The JSON export: the suppressed report, with the exact one sealed when the centre set its key. */
export function exportFile(input: ExportInput): ExportFile {
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    kioskLabel: input.kioskLabel,
    centreName: input.centreName,
    range: input.range,
  } as const;
  const report: SuppressedVisitReport = suppressReport(input.report, input.suppressBelow);
  const sealed: SealedPart | undefined = input.sealTo
    ? seal(JSON.stringify(input.report), input.sealTo, sealBinding(head))
    : undefined;
  return {
    ...head,
    exportedOn: input.exportedOn,
    suppressBelow: input.suppressBelow,
    report,
    ...(sealed && { sealed }),
  };
}

/** The two files of an export, named for the kiosk and the range. */
export function exportTexts(file: ExportFile, baseName = exportBaseName(file.kioskLabel, file.range)): ExportText[] {
  return [
    { name: `${baseName}.csv`, mediaType: 'text/csv', text: exportCsv(file) },
    { name: `${baseName}.json`, mediaType: 'application/json', text: `${JSON.stringify(file, null, 2)}\n` },
  ];
}
