import type { ExportAnswer } from '../../shared/report-schema.ts';

export type DownloadedFile = Extract<ExportAnswer, { kind: 'download' }>['files'][number];

/**
 * The browser shell's export: the core has no folder of the kiosk's to write to, so it answers the files
 * and the page hands each to the browser as a download (a Blob behind an `<a download>`), named as the core
 * named it. The object URL is let go once the browser has taken the file.
 */
export function downloadExport(files: DownloadedFile[], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mediaType};charset=utf-8` }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next turn, not at once: a URL revoked during the click can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
