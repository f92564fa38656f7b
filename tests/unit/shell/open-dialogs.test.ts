import type { BaseWindow, Dialog } from 'electron';
import { fn } from '@vitest/spy';
import { describe, expect, it } from 'vitest';
import {
  createExportFolderChooser,
  createPackFileChooser,
  PACK_DIALOG_OPTIONS,
} from '../../../electron/shell/open-dialogs.ts';

/** Electron's dialog, answering as staff would. */
function fakeDialog(answer: Electron.OpenDialogReturnValue) {
  return { showOpenDialog: fn<Dialog['showOpenDialog']>(async () => answer) } satisfies Pick<Dialog, 'showOpenDialog'>;
}

describe('the folder staff choose for an export (Electron)', () => {
  const kioskWindow = { id: 1 } as unknown as BaseWindow;

  it('asks over the kiosk window for a folder, which may be made on the spot, and gives the chosen one', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/media/kiosk/STICK'] });
    const choose = createExportFolderChooser(dialog, () => kioskWindow);
    expect(await choose()).toBe('/media/kiosk/STICK');
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(kioskWindow, {
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('gives nothing when staff close the dialog', async () => {
    const choose = createExportFolderChooser(fakeDialog({ canceled: true, filePaths: [] }), () => kioskWindow);
    expect(await choose()).toBeUndefined();
  });

  it('still asks when there is no kiosk window to attach to', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/kiosk'] });
    expect(await createExportFolderChooser(dialog, () => undefined)()).toBe('/home/kiosk');
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ properties: ['openDirectory', 'createDirectory'] });
  });
});

describe('the content pack file staff choose (Electron)', () => {
  it('asks over the kiosk window for one file, packs first, and gives it; nothing when closed', async () => {
    const kioskWindow = { id: 1 } as unknown as BaseWindow;
    const dialog = fakeDialog({ canceled: false, filePaths: ['/media/kiosk/STICK/safecall-content-v4.scpack'] });
    expect(await createPackFileChooser(dialog, () => kioskWindow)()).toBe(
      '/media/kiosk/STICK/safecall-content-v4.scpack',
    );
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(kioskWindow, PACK_DIALOG_OPTIONS);
    expect(PACK_DIALOG_OPTIONS).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['scpack'] }, { extensions: ['*'] }],
    });
    expect(
      await createPackFileChooser(fakeDialog({ canceled: true, filePaths: [] }), () => kioskWindow)(),
    ).toBeUndefined();
  });
});
