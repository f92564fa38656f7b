import { expect, test } from './fixtures.ts';
import { KioskPage } from './kiosk-page.ts';
import { startShell, type RunningShell } from './shell.ts';

/**
 * The first run of a kiosk no kiosk.json provisioned: staff open the pad, set the centre up, are told
 * of one wrong field by name, get the recovery code once, reach staff home, and the visitor then meets
 * the centre's languages, default language, staff location and name. The form's rules are proven in
 * tests/component/staff-setup.test.tsx, the core's in tests/integration/staff; this walks the path once.
 * It needs a kiosk of its own: the shared one is provisioned, and setup can happen only once.
 */
let own: RunningShell;

test.beforeAll(async () => {
  // The PIN's scrypt at 2^10, as tests/support/temp-dir.ts's kiosks: the kiosk's own cost (2^17, twice for
  // the PIN and recovery code) is proven in tests/integration/staff/staff-mode.test.ts.
  own = await startShell({
    prefix: 'safecall-e2e-setup-',
    kioskJson: null,
    core: { pinHashCost: { logN: 10, r: 8, p: 1 } },
  });
});

test.afterAll(() => own.close());

test('first run: Ctrl+Alt+S, setup with one named error fixed, the recovery code once, staff home, and the visitor meets the new settings', async ({
  page,
  request,
}) => {
  const kiosk = new KioskPage(page, own);
  const heading = page.getByRole('heading', { level: 1 });
  await page.goto(own.baseURL);
  await expect(page.locator('.attract__surface')).toBeVisible();
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(heading).toHaveText('Staff sign-in');
  await expect(page.getByRole('alert')).toHaveText('This kiosk is not set up yet. Set it up and choose the staff PIN.');
  await kiosk.press('Set up this kiosk');
  await expect(heading).toHaveText('Set up this kiosk');
  await expect(page.getByText("printing is done by the browser's own print dialog", { exact: false })).toBeVisible();
  await kiosk.snapshot('en', 'setup-1-form');

  await page.getByRole('textbox', { name: 'Centre name', exact: true }).fill('Riverside Library');
  await page.getByRole('radio', { name: 'Hong Kong' }).click();
  await page.getByRole('textbox', { name: 'Where visitors find staff' }).fill('Front desk, ground floor');
  const offered = page.getByRole('group', { name: 'Languages offered to visitors' });
  for (const name of ['简体中文', 'Español', 'Bahasa Indonesia', 'Tiếng Việt', '한국어'])
    await offered.getByRole('checkbox', { name }).click();
  await page
    .getByRole('group', { name: 'Language the kiosk starts in' })
    .getByRole('radio', { name: '繁體中文' })
    .click();
  await page.getByLabel('Staff PIN', { exact: true }).fill('5071');
  await page.getByLabel('Staff PIN again', { exact: true }).fill('5017');
  await kiosk.press('Finish setup');
  const again = page.getByLabel('Staff PIN again', { exact: true });
  await expect(page.locator('.setup__error')).toHaveText([/^⚠ Staff PIN again: must be the same as the PIN$/]);
  await expect(again).toBeFocused();
  await kiosk.snapshot('en', 'setup-2-named-error');
  await kiosk.expectAccessible('first-run setup, one error');

  await again.fill('5071');
  await kiosk.press('Finish setup');
  // A new region's content is imported before setup answers (core applySettings): seconds on a busy machine.
  await expect(heading).toHaveText('Your recovery code', { timeout: 20_000 });
  await expect(page.locator('.recovery-code__group')).toHaveText([/^[A-Z2-9]{4}$/, /^[A-Z2-9]{4}$/, /^[A-Z2-9]{4}$/]);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await kiosk.snapshot('en', 'setup-3-recovery-code');
  await kiosk.expectAccessible('recovery code');
  await page.getByRole('checkbox', { name: 'I have written it down' }).click();
  await kiosk.press('Continue');
  await expect(heading).toHaveText('Staff');
  // The PIN chosen here is the staff PIN now.
  expect(
    (await request.post(`${own.baseURL}/api/getStaffStatus`, { data: {} }).then((r) => r.json())) as unknown,
  ).toMatchObject({
    pinSet: true,
    setupAvailable: false,
  });

  // Signed out, the lobby speaks the new first language, and offers only the languages chosen.
  await kiosk.press('Sign out');
  await expect(page.locator('.attract__surface')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  await kiosk.touchToStart();
  await expect(page.locator('.language__choice')).toHaveText(['English', '繁體中文', 'العربية']);
  await kiosk.chooseLanguage('繁體中文');
  await page.locator('.top-bar__help').click();
  await expect(page.locator('.help__where')).toHaveText('你也可以在這裏找到職員：Front desk, ground floor');
  await kiosk.snapshot('zh-Hant', 'setup-4-help-staff-location');

  // The checklist the visitor takes home carries the centre's new name.
  const saved = await request.post(`${own.baseURL}/api/saveChecklist`, {
    data: { actions: [{ tutorialId: 'general-stop-screen-share' }], completed: [] },
  });
  const { code } = (await saved.json()) as { code: string };
  await page.goto(`${own.baseURL}/print/checklist?code=${code}&lang=zh-Hant`);
  await expect(page.getByText('Riverside Library', { exact: false })).toBeVisible();
  expect(kiosk.problems).toEqual([]);
});
