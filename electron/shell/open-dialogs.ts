import type { BaseWindow, Dialog, OpenDialogOptions } from 'electron';

/** A folder picker that may make a folder: staff often want "Reports 2026" on the stick first. */
export const EXPORT_DIALOG_OPTIONS: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };

/** One content pack file (issue 19); the filter shows packs first, "All files" finds one renamed by a copy. */
export const PACK_DIALOG_OPTIONS: OpenDialogOptions = {
  properties: ['openFile'],
  filters: [
    { name: 'SafeCall content pack', extensions: ['scpack'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/**
 * Electron's open dialog over the kiosk window, so it stays above the full-screen kiosk and modal to it. The path
 * staff chose, or undefined when they closed the dialog. No title or button words of ours: the system dialog speaks
 * the system's language.
 */
function createChooser(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  kioskWindow: () => BaseWindow | undefined,
  options: OpenDialogOptions,
): () => Promise<string | undefined> {
  return async () => {
    const parent = kioskWindow();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  };
}

/** The core's chooseExportFolder (KioskOptions): where a report export goes. */
export const createExportFolderChooser = (
  dialog: Pick<Dialog, 'showOpenDialog'>,
  kioskWindow: () => BaseWindow | undefined,
) => createChooser(dialog, kioskWindow, EXPORT_DIALOG_OPTIONS);

/** The core's choosePackFile (KioskOptions): the content pack staff install. */
export const createPackFileChooser = (
  dialog: Pick<Dialog, 'showOpenDialog'>,
  kioskWindow: () => BaseWindow | undefined,
) => createChooser(dialog, kioskWindow, PACK_DIALOG_OPTIONS);
