import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentAt, FACETIME, FACETIME_COPY, packOf, packSigner } from '../support/content-packs.ts';
import { signInStaff, TEST_PIN } from '../support/staff.ts';
import { call } from '../support/unwrap.ts';
import { expect, test } from './fixtures.ts';
import { KioskPage } from './kiosk-page.ts';
import { startShell } from './shell.ts';

type Tutorials = { tutorials: Array<{ id: string; minutes: number }> };

/**
 * Issue 19 as a manager meets it: in the browser shell, staff trust the key by its fingerprint, upload a pack
 * signed with another key (refused, in words), then the real one: they see what it changes, install it, and
 * visitors get the new guides at once; one tap (and a yes) goes back. Its own shell, so no other test of this
 * worker meets the changed content.
 */
test('staff install a content pack from the USB stick on the staff page, see what it changed, and go back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'safecall-e2e-packs-'));
  const shell = await startShell({ prefix: 'safecall-e2e-packs-data-' });
  try {
    const signer = packSigner();
    const good = join(dir, 'safecall-content-v2.scpack');
    writeFileSync(good, packOf(contentAt(join(dir, 'v2'), 2, { minutes: 3, addCopy: true }), signer));
    const stranger = join(dir, 'from-someone-else.scpack');
    writeFileSync(stranger, packOf(contentAt(join(dir, 'other'), 2), packSigner()));
    await signInStaff(shell.kiosk);
    const minutes = async (id: string) =>
      (await call<Tutorials>(shell.kiosk, 'listTutorials', { locale: 'en' })).tutorials.find((t) => t.id === id)
        ?.minutes;

    const kiosk = new KioskPage(page, shell);
    await page.goto(shell.baseURL);
    await expect(page.locator('.attract__surface')).toBeVisible();
    await page.keyboard.press('Control+Alt+KeyS');
    for (const d of TEST_PIN) await page.getByRole('button', { name: d, exact: true }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Content updates', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Content updates');
    await expect(page.getByText('Revision 1: the content this version of the app came with')).toBeVisible();
    await kiosk.snapshot('en', 'staff-content-1');
    await kiosk.expectAccessible('content updates');

    await page.getByLabel('A public key: the line npm run content:keygen printed').fill(signer.publicLine);
    await page.getByRole('button', { name: 'Check the key' }).click();
    await expect(page.getByText('Compare this fingerprint with the one on paper')).toBeVisible();
    await page.getByRole('button', { name: 'Trust this key' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is trusted now' })).toBeVisible();

    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles(stranger);
    await expect(page.getByRole('alert')).toContainText('This pack was not installed. Nothing changed.');
    await expect(page.getByRole('alert')).toContainText('signed with a key this kiosk does not trust');

    await fileInput.setInputFiles(good);
    await expect(page.getByRole('heading', { name: /^Revision 2, made on \d{4}-\d{2}-\d{2}$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'New guides (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Changed guides (1)' })).toBeVisible();
    await kiosk.snapshot('en', 'staff-content-2-review');
    await kiosk.expectAccessible('a content pack to review');
    expect(await minutes(FACETIME)).toBe(2);
    await page.getByRole('button', { name: 'Install this pack' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Installed. Visitors now get revision 2.' })).toBeVisible();
    expect(await minutes(FACETIME)).toBe(3);
    expect(await minutes(FACETIME_COPY)).toBe(3);
    await expect(page.getByText(/Revision 2: a content pack made on/)).toBeVisible();
    await kiosk.snapshot('en', 'staff-content-3-installed');

    await page.getByRole('button', { name: 'Go back to revision 1' }).click();
    await kiosk.expectAccessible('going back');
    await page.getByRole('button', { name: 'Go back', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done. Visitors now get revision 1.' })).toBeVisible();
    expect(await minutes(FACETIME)).toBe(2);
    expect(await minutes(FACETIME_COPY)).toBeUndefined();
    kiosk.expectNoProblems();
  } finally {
    shell.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
