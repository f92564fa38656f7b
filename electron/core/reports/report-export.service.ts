import type { KeyObject } from 'node:crypto';
import { KioskError } from '../../../shared/errors.ts';
import type { ExportAnswer, VisitReport } from '../../../shared/report-schema.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import { localDay } from '../checklists/local-day.ts';
import { exportFile, exportTexts } from './export-files.ts';
import { publicKeyFromBase64, SealError } from './export-seal.ts';
import { writeExportFiles } from './export-write.ts';

export interface ReportExportDeps {
  settings: () => KioskSettings;
  now: () => Date;
  /**
   * Electron: asks staff for a folder (a dialog over the kiosk window, typically a USB stick); undefined
   * when they closed it. The browser shell has none: the page downloads the files instead.
   */
  chooseFolder?: (() => Promise<string | undefined>) | undefined;
}

export interface ReportExport {
  /** Exports the exact report it is given: suppressed, labelled, sealed when the centre set its key. */
  export(report: VisitReport): Promise<ExportAnswer>;
}

export function createReportExport(deps: ReportExportDeps): ReportExport {
  const sealingKey = (settings: KioskSettings): KeyObject | undefined => {
    const text = settings.reports.sealingKey;
    if (text === undefined) return undefined;
    try {
      return publicKeyFromBase64(text);
    } catch (error) {
      // Never an export without its seal when the centre asked for one: the merge could not add it up.
      if (error instanceof SealError) throw new KioskError('export_failed', `${error.message} Nothing was exported.`);
      throw error;
    }
  };

  return {
    async export(report) {
      const settings = deps.settings();
      const file = exportFile({
        kioskLabel: report.kioskLabel,
        centreName: report.centreName,
        range: report.range,
        exportedOn: localDay(deps.now()),
        suppressBelow: settings.reports.suppressBelow,
        report,
        sealTo: sealingKey(settings),
      });
      const texts = exportTexts(file);
      if (!deps.chooseFolder) return { kind: 'download', files: texts };
      const folder = await deps.chooseFolder();
      if (folder === undefined) return { kind: 'cancelled' };
      writeExportFiles(folder, texts);
      return { kind: 'saved', folder, files: texts.map(({ name, mediaType }) => ({ name, mediaType })) };
    },
  };
}
