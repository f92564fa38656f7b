import type { BaseWindow, Dialog, OpenDialogOptions } from 'electron';

/** A folder picker that may make a folder: staff often want "Reports 2026" on the stick first. */
export const EXPORT_DIALOG_OPTIONS: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };

/**
 * The core's chooseExportFolder (KioskOptions): Electron's folder dialog over the kiosk window, so it
 * stays above the full-screen kiosk and modal to it. The folder staff chose, or undefined when they
 * closed the dialog. No title or button words of ours: the system dialog speaks the system's language.
 */
export function createExportFolderChooser(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  kioskWindow: () => BaseWindow | undefined,
): () => Promise<string | undefined> {
  return async () => {
    const parent = kioskWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, EXPORT_DIALOG_OPTIONS)
      : await dialog.showOpenDialog(EXPORT_DIALOG_OPTIONS);
    return result.canceled ? undefined : result.filePaths[0];
  };
}
