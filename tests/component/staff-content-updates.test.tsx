import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ContentUpdatesScreen } from '../../renderer/screens/Staff/ContentUpdates/ContentUpdatesScreen.tsx';
import type { ContentPackChanges, ContentPackStatus } from '../../shared/content-pack-schema.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeAnswers } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * The staff Content updates page (issue 19) on a fake core: what it shows, the second yes an older pack needs,
 * a refusal in the core's own words, going back behind a confirmation, adding a key by its fingerprint, and
 * Electron's dialog. The core's side (proof, apply, rollback) is tests/integration/content-pack/.
 */
const FINGERPRINT = '3f9a 07c2 5d1e 88b0 1c4f 9e2a 6b7d 0f13 a4c5 e6d7 f809 1a2b 3c4d 5e6f 7a8b 9c0d';
const APP: ContentPackStatus = { current: { kind: 'app', revision: 1 }, pickFile: 'upload', trustedKeys: [] };
const PACK_3: ContentPackStatus = {
  current: {
    kind: 'pack',
    revision: 3,
    packId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    createdDay: '2026-12-01',
    signedBy: FINGERPRINT,
  },
  previous: { kind: 'app', revision: 1 },
  pickFile: 'upload',
  trustedKeys: [{ fingerprint: FINGERPRINT, from: 'staff', addedDay: '2026-11-30' }],
};
const CHANGES: ContentPackChanges = {
  added: [{ id: 'iphone-new-guide', title: 'A new iPhone guide' }],
  changed: [{ id: 'iphone-turn-off-facetime', title: 'Turn off FaceTime' }],
  removed: [],
  otherFiles: ['hotlines.yaml'],
  localesAdded: [],
  localesRemoved: [],
};
const TICKET = '7d0f7e0e-3c1a-4f59-9a43-8d1f3f0d2b6c';
const older = {
  outcome: 'ready' as const,
  ticket: TICKET,
  pack: { kind: 'pack' as const, revision: 2, createdDay: '2026-11-02', signedBy: FINGERPRINT, minAppVersion: '0.1.0' },
  order: 'older' as const,
  changes: CHANGES,
};

async function screen(answers: FakeAnswers) {
  const api = fakeKiosk(answers);
  const events: string[] = [];
  await mountScreen(
    <ContentUpdatesScreen onBack={() => events.push('back')} onSessionLost={() => events.push('lost')} />,
    {
      locale: 'ar',
      api,
    },
  );
  return { api, events };
}
const button = (name: string) => page.getByRole('button', { name, exact: true });
const calls = (api: ReturnType<typeof fakeKiosk>, call: string) =>
  api.calls.filter((c) => c.call === call).map((c) => c.request);
const pick = async (name = 'safecall-content-v2.scpack') => {
  await expect.element(button('Choose the pack file')).toBeVisible();
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  await userEvent.upload(input, new File([new Uint8Array([80, 75, 5, 6])], name));
};

describe('Content updates', () => {
  it('shows what the kiosk serves, in English over an Arabic visit, and installs an older pack only after a second yes', async () => {
    const { api } = await screen({
      getContentPacks: () => PACK_3,
      openContentPack: () => older,
      applyContentPack: () => ({
        outcome: 'applied',
        changes: CHANGES,
        status: { ...PACK_3, current: { ...older.pack, kind: 'pack' } },
      }),
    });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Content updates' })).toBeVisible();
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    await expect.element(page.getByText('Revision 3: a content pack made on 2026-12-01')).toBeVisible();
    await expect.element(page.getByText(`Signed with the key ${FINGERPRINT}`)).toBeVisible();
    expect(await axeViolations(), 'axe on Content updates').toEqual([]);

    await pick();
    await expect.element(page.getByRole('heading', { name: 'Revision 2, made on 2026-11-02' })).toBeVisible();
    expect(calls(api, 'openContentPack')).toEqual([
      { upload: { name: 'safecall-content-v2.scpack', base64: 'UEsFBg==' } },
    ]);
    await expect.element(page.getByText(/older than the content on this kiosk \(revision 3\)/)).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'New guides (1)' })).toBeVisible();
    await expect.element(page.getByText('A new iPhone guide')).toBeVisible();
    await expect.element(page.getByText('Turn off FaceTime')).toBeVisible();
    await expect.element(page.getByText('hotlines.yaml')).toBeVisible();
    expect(await axeViolations(), 'axe on a pack to review').toEqual([]);

    await button('Install this pack').click();
    expect(calls(api, 'applyContentPack')).toEqual([]);
    await button('Yes, go back to revision 2').click();
    await expect.element(page.getByRole('status').getByText('Installed. Visitors now get revision 2.')).toBeVisible();
    expect(calls(api, 'applyContentPack')).toEqual([{ ticket: TICKET, allowOlder: true }]);
  });

  it('a newer pack installs with one tap', async () => {
    const { api } = await screen({
      getContentPacks: () => APP,
      openContentPack: () => ({ ...older, pack: { ...older.pack, revision: 4 }, order: 'newer' }),
      applyContentPack: () => ({ outcome: 'applied', changes: CHANGES, status: PACK_3 }),
    });
    await expect.element(page.getByText('Revision 1: the content this version of the app came with')).toBeVisible();
    await pick();
    await expect.element(page.getByText('It is newer than the content on this kiosk (revision 1).')).toBeVisible();
    await button('Install this pack').click();
    await expect.element(page.getByRole('status').getByText(/Installed/)).toBeVisible();
    expect(calls(api, 'applyContentPack')).toEqual([{ ticket: TICKET, allowOlder: false }]);
  });

  it("says why a pack was refused, in the core's words, and changes nothing", async () => {
    const message = 'The pack was signed with a key this kiosk does not trust (fingerprint 0a1b2c3d4e5f6a7b…).';
    const { api } = await screen({
      getContentPacks: () => APP,
      openContentPack: () => ({ outcome: 'refused', reason: 'unknown_key', message }),
    });
    await pick();
    await expect
      .element(page.getByRole('alert').getByText('This pack was not installed. Nothing changed.'))
      .toBeVisible();
    await expect.element(page.getByRole('alert').getByText(message)).toBeVisible();
    expect(calls(api, 'applyContentPack')).toEqual([]);
    expect(await axeViolations(), 'axe on a refusal').toEqual([]);
  });

  it('goes back only after the confirmation, and says what visitors get now', async () => {
    const { api } = await screen({
      getContentPacks: () => PACK_3,
      rollBackContent: () => ({
        outcome: 'applied',
        changes: { ...CHANGES, added: [], removed: CHANGES.added },
        status: { ...PACK_3, current: { kind: 'app', revision: 1 }, previous: PACK_3.current },
      }),
    });
    await button('Go back to revision 1').click();
    await expect.element(page.getByRole('dialog', { name: 'Go back to revision 1?' })).toBeVisible();
    expect(await axeViolations(), 'axe on the rollback question').toEqual([]);
    await button('Keep the current content').click();
    expect(calls(api, 'rollBackContent')).toEqual([]);
    await button('Go back to revision 1').click();
    await button('Go back').click();
    await expect.element(page.getByRole('status').getByText('Done. Visitors now get revision 1.')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Guides taken out (1)' })).toBeVisible();
    await expect.element(page.getByText('Revision 1: the content this version of the app came with')).toBeVisible();
    await expect.element(button('Go back to revision 3')).toBeVisible();
  });

  it('the same revision asks to install it again; a refused rollback says the kiosk did not go back', async () => {
    const { api } = await screen({
      getContentPacks: () => PACK_3,
      openContentPack: () => ({ ...older, pack: { ...older.pack, revision: 3 }, order: 'same' }),
      rollBackContent: () => ({
        outcome: 'refused',
        reason: 'backup_failed',
        message: 'The database could not be backed up first.',
      }),
    });
    await pick();
    await expect.element(page.getByText(/already has revision 3/)).toBeVisible();
    await button('Install this pack').click();
    await expect.element(button('Yes, install revision 3 again')).toBeVisible();
    expect(calls(api, 'applyContentPack')).toEqual([]);
    await button('Go back to revision 1').click();
    await button('Go back').click();
    await expect
      .element(page.getByRole('alert').getByText('The kiosk did not go back. Nothing changed.'))
      .toBeVisible();
    await expect.element(page.getByRole('alert').getByText('The database could not be backed up first.')).toBeVisible();
  });

  it('trusts a key only after showing its fingerprint', async () => {
    const { api } = await screen({
      getContentPacks: () => APP,
      addContentPackKey: ({ confirm }) =>
        confirm
          ? { outcome: 'added', fingerprint: FINGERPRINT, status: { ...APP, trustedKeys: PACK_3.trustedKeys } }
          : { outcome: 'checked', fingerprint: FINGERPRINT },
    });
    await expect.element(page.getByText('No key yet: add the key of whoever makes your content packs.')).toBeVisible();
    await page.getByLabelText('A public key: the line npm run content:keygen printed').fill('MCowBQYDK2VwAyEAexample');
    await button('Check the key').click();
    await expect.element(page.getByText(FINGERPRINT, { exact: true })).toBeVisible();
    expect(calls(api, 'addContentPackKey')).toEqual([{ publicKey: 'MCowBQYDK2VwAyEAexample' }]);
    await button('Trust this key').click();
    await expect.element(page.getByRole('status').getByText(`The key ${FINGERPRINT} is trusted now.`)).toBeVisible();
    await expect.element(page.getByText('added on 2026-11-30')).toBeVisible();
    expect(calls(api, 'addContentPackKey')).toEqual([
      { publicKey: 'MCowBQYDK2VwAyEAexample' },
      { publicKey: 'MCowBQYDK2VwAyEAexample', confirm: true },
    ]);
  });

  it("Electron: the button opens the system's file dialog in the core, and a closed dialog changes nothing", async () => {
    const { api } = await screen({
      getContentPacks: () => ({ ...APP, pickFile: 'dialog' }),
      openContentPack: () => ({ outcome: 'cancelled' }),
    });
    expect(document.querySelector('input[type=file]')).toBeNull();
    await button('Choose the pack file').click();
    await expect.poll(() => calls(api, 'openContentPack')).toEqual([{}]);
    await expect.element(button('Choose the pack file')).toBeEnabled();
    expect(document.querySelector('[role=alert]')?.textContent).toBe('');
  });
});
