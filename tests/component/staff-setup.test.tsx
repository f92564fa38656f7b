import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { SetupFlow } from '../../renderer/screens/Staff/Setup/SetupFlow.tsx';
import { StaffPinScreen } from '../../renderer/screens/Staff/StaffPinScreen.tsx';
import type { CallRequest } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import type { PrinterList } from '../../shared/printers.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeAnswers } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * First-run setup on its own, over a visitor's Arabic screen: English, prefilled with the contract's
 * defaults, every wrong field named beside it and the first focused, the core's own field errors shown
 * the same way, and the recovery code after. The core's storing and refusing are proven in
 * tests/integration/staff; the whole first run in tests/e2e/first-run-setup.e2e.ts.
 */
const ANSWER = { session: { token: 'a'.repeat(43), expiresInSeconds: 300 }, recoveryCode: 'ABCD-EFGH-JKMN' };
const BROWSER: PrinterList = { kind: 'browser' };

async function setup(answers: FakeAnswers = {}) {
  const api = fakeKiosk({ listPrinters: () => BROWSER, setupKiosk: () => ANSWER, ...answers });
  const events: string[] = [];
  await mountScreen(
    <SetupFlow
      onSetUp={() => events.push('setUp')}
      onDone={() => events.push('done')}
      onCancel={() => events.push('cancel')}
    />,
    { locale: 'ar', api },
  );
  await expect.element(page.getByRole('heading', { name: 'Set up this kiosk', level: 1 })).toBeVisible();
  const finish = () => page.getByRole('button', { name: 'Finish setup' }).click();
  const requests = () =>
    api.calls.filter((c) => c.call === 'setupKiosk').map((c) => c.request as CallRequest<'setupKiosk'>);
  return { api, events, finish, requests };
}

const field = (name: string) => page.getByRole('textbox', { name, exact: true });
const errorsShown = () => [...document.querySelectorAll('.setup__error')].map((e) => e.textContent.replace(/^⚠ /, ''));

describe('first-run setup', () => {
  it("starts from the contract's defaults, in English, and in the browser shell says the browser's print dialog chooses the printer", async () => {
    await setup();
    const root = document.querySelector('.setup');
    expect(root?.getAttribute('lang')).toBe('en');
    expect(root?.getAttribute('dir')).toBe('ltr');
    await expect.element(field('Centre name')).toHaveValue('Community Centre');
    await expect.element(field('Kiosk name in reports')).toHaveValue('Kiosk');
    await expect
      .element(page.getByRole('radio', { name: 'Anywhere else (general advice, no local helplines)' }))
      .toBeChecked();
    // Each language by its own name, all offered; English first.
    for (const name of [
      'English',
      '繁體中文',
      '简体中文',
      'Español',
      'Bahasa Indonesia',
      'Tiếng Việt',
      '한국어',
      'العربية',
    ])
      await expect
        .element(page.getByRole('group', { name: 'Languages offered to visitors' }).getByRole('checkbox', { name }))
        .toBeChecked();
    await expect
      .element(
        page.getByRole('group', { name: 'Language the kiosk starts in' }).getByRole('radio', { name: 'English' }),
      )
      .toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'A4' })).toBeChecked();
    await expect.element(field('Ask "Are you still there?" after (seconds without a touch)')).toHaveValue('120');
    await expect.element(field('Countdown before clearing (seconds)')).toHaveValue('30');
    await expect.element(field("On a guide's steps and the checklist, ask after (seconds)")).toHaveValue('300');
    await expect
      .element(page.getByText("printing is done by the browser's own print dialog", { exact: false }))
      .toBeVisible();
    expect(page.getByRole('radio', { name: "The system's default printer" }).elements()).toEqual([]);
    expect(await axeViolations(), 'axe on setup, as it opens').toEqual([]);
  });

  it('names every wrong field beside it, focuses the first, and sends nothing', async () => {
    const { finish, requests } = await setup();
    await field('Centre name').fill('   ');
    await field('Kiosk name in reports').fill('x'.repeat(41));
    await field('Ask "Are you still there?" after (seconds without a touch)').fill('10');
    await field('Countdown before clearing (seconds)').fill('2x');
    // English is the language the kiosk starts in: no longer offered, it cannot be the first.
    await page.getByRole('checkbox', { name: 'English' }).click();
    await page.getByLabelText('Staff PIN', { exact: true }).fill('12');
    await finish();

    expect(errorsShown()).toEqual([
      'Centre name: must not be empty',
      'Kiosk name in reports: must be at most 40 characters',
      'Language the kiosk starts in: must be one of the languages offered',
      'Ask "Are you still there?" after (seconds without a touch): must be at least 30',
      'Countdown before clearing (seconds): must be a whole number',
      'Staff PIN: must be 4 to 8 digits',
    ]);
    await expect.element(field('Centre name')).toHaveFocus();
    await expect.element(field('Centre name')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field('Centre name')).toHaveAccessibleDescription(/^Centre name: must not be empty/);
    await expect.element(page.getByRole('status')).toHaveTextContent('6 things to fix: see the fields marked above.');
    expect(requests()).toEqual([]);
    expect(await axeViolations(), 'axe on setup with errors').toEqual([]);
  });

  it("a PIN typed differently the second time is named, and the core's own field errors come back named the same way", async () => {
    const { finish, requests } = await setup({
      setupKiosk: () => {
        throw new KioskError('invalid_request', 'The request for setupKiosk is not valid.', [
          { path: 'settings.help.staffLocation', message: 'Too big: expected string to have <=120 characters' },
        ]);
      },
    });
    await page.getByLabelText('Staff PIN', { exact: true }).fill('5071');
    await page.getByLabelText('Staff PIN again', { exact: true }).fill('5072');
    await finish();
    expect(errorsShown()).toEqual(['Staff PIN again: must be the same as the PIN']);
    await expect.element(page.getByLabelText('Staff PIN again', { exact: true })).toHaveFocus();

    await page.getByLabelText('Staff PIN again', { exact: true }).fill('5071');
    await field('Where visitors find staff').fill('By the door');
    await finish();
    await expect
      .poll(errorsShown)
      .toEqual(['Where visitors find staff: Too big: expected string to have <=120 characters']);
    await expect.element(field('Where visitors find staff')).toHaveFocus();
    expect(requests()).toHaveLength(1);
  });

  it('sends the chosen settings and PIN, then shows the recovery code once before staff home', async () => {
    const { finish, requests, events } = await setup();
    await field('Centre name').fill('Riverside Library');
    await field('Kiosk name in reports').fill('Lobby');
    await page.getByRole('radio', { name: 'United Kingdom' }).click();
    await field('Where visitors find staff').fill('Front desk, ground floor');
    for (const name of ['简体中文', 'Español', 'Bahasa Indonesia', 'Tiếng Việt', '한국어'])
      await page.getByRole('checkbox', { name }).click();
    await page
      .getByRole('group', { name: 'Language the kiosk starts in' })
      .getByRole('radio', { name: '繁體中文' })
      .click();
    await page.getByRole('radio', { name: 'Letter' }).click();
    // By touch alone: the steppers, no keyboard.
    await page
      .getByRole('button', { name: '−30 — Less: Ask "Are you still there?" after (seconds without a touch)' })
      .click();
    await page.getByRole('button', { name: '+5 — More: Countdown before clearing (seconds)' }).click();
    await page.getByLabelText('Staff PIN', { exact: true }).fill('5071');
    await page.getByLabelText('Staff PIN again', { exact: true }).fill('5071');
    await finish();

    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    expect(requests()).toEqual([
      {
        settings: {
          centreName: 'Riverside Library',
          kioskLabel: 'Lobby',
          region: 'UK',
          locales: ['en', 'zh-Hant', 'ar'],
          defaultLocale: 'zh-Hant',
          paperSize: 'Letter',
          idle: { warnAfterSeconds: 90, countdownSeconds: 35, workingSeconds: 300, chime: true },
          help: { staffLocation: 'Front desk, ground floor', chime: true },
        },
        pin: '5071',
      },
    ]);
    // The settings are stored: the kiosk reads them again at once, before the code is confirmed.
    expect(events).toEqual(['setUp']);
    const groups = page.getByRole('list', { name: 'Recovery code' }).getByRole('listitem');
    expect(groups.elements().map((g) => g.textContent)).toEqual(['ABCD', 'EFGH', 'JKMN']);
    await page.getByRole('checkbox', { name: 'I have written it down' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(events).toEqual(['setUp', 'done']);
  });

  it("in Electron, lists the system's printers after its default, and sends the one chosen", async () => {
    const { finish, requests } = await setup({
      listPrinters: () => ({
        kind: 'system',
        printers: [
          { name: 'Brother_HL', displayName: 'Brother HL (front desk)' },
          { name: 'Office', displayName: 'Office' },
        ],
      }),
    });
    const printers = page.getByRole('group', { name: 'Printer' }).getByRole('radio');
    await expect.element(printers.first()).toBeChecked();
    expect(printers.elements().map((r) => r.closest('label')?.textContent)).toEqual([
      "The system's default printer",
      'Brother HL (front desk)',
      'Office',
    ]);
    expect(await axeViolations(), 'axe on setup with printers').toEqual([]);
    await page.getByRole('radio', { name: 'Brother HL (front desk)' }).click();
    await page.getByLabelText('Staff PIN', { exact: true }).fill('5071');
    await page.getByLabelText('Staff PIN again', { exact: true }).fill('5071');
    await finish();
    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    expect(requests()[0]?.settings.printer).toBe('Brother_HL');
  });

  it('a kiosk set up meanwhile is said, not a generic failure; Back leaves without a call', async () => {
    const { finish, events } = await setup({
      setupKiosk: () => {
        throw new KioskError('forbidden', 'This kiosk is already set up.');
      },
    });
    await page.getByLabelText('Staff PIN', { exact: true }).fill('5071');
    await page.getByLabelText('Staff PIN again', { exact: true }).fill('5071');
    await finish();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('This kiosk is already set up. Sign in with the staff PIN.');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(events).toEqual(['cancel']);
  });
});

describe('the PIN pad on a kiosk not set up', () => {
  it('offers first-run setup while the core says it is available', async () => {
    const opened: string[] = [];
    const api = fakeKiosk({
      getStaffStatus: () => ({
        pinSet: false,
        setupAvailable: true,
        lockedForSeconds: 0,
        triesLeft: 5,
        signedIn: false,
      }),
    });
    await mountScreen(
      <StaffPinScreen onSignedIn={() => {}} onCancel={() => {}} onSetup={() => opened.push('setup')} />,
      { api },
    );
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('This kiosk is not set up yet. Set it up and choose the staff PIN.');
    await page.getByRole('button', { name: 'Set up this kiosk' }).click();
    expect(opened).toEqual(['setup']);
    expect(await axeViolations(), 'axe on the pad offering setup').toEqual([]);
  });
});
