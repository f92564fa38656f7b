import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ChangePinScreen } from '../../renderer/screens/Staff/ChangePinScreen.tsx';
import { StaffHomeScreen } from '../../renderer/screens/Staff/StaffHomeScreen.tsx';
import { StaffPinScreen } from '../../renderer/screens/Staff/StaffPinScreen.tsx';
import { KioskError } from '../../shared/errors.ts';
import type { StaffStatus } from '../../shared/staff.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeAnswers } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * The PIN's life on screen, in English over an Arabic visit: the first PIN (with and without
 * kiosk.json's setup code), a forgotten PIN (the recovery code on letter keys), the new recovery
 * code shown once, changing the PIN, and exiting the kiosk. The core's rules (counting, the lock,
 * the spent codes) are proven in tests/unit/core/staff and tests/integration/staff/staff-pin-calls.test.ts.
 */
const SIGNED_OUT: StaffStatus = {
  pinSet: true,
  setupAvailable: false,
  lockedForSeconds: 0,
  triesLeft: 5,
  signedIn: false,
  setupCodeNeeded: false,
  canExitKiosk: false,
};
const NO_PIN: StaffStatus = { ...SIGNED_OUT, pinSet: false };
const NEW_PIN = {
  session: { token: 'a'.repeat(43), expiresInSeconds: 300 },
  recoveryCode: 'ABCD-EFGH-JKMN',
};

const key = (name: string) => page.getByRole('button', { name, exact: true });
async function tap(signs: string) {
  for (const sign of signs) await key(sign).click();
}
const next = () => key('Next').click();
/** The recovery code as shown once: its groups of four. */
const codeGroups = () =>
  page
    .getByRole('list', { name: 'Recovery code' })
    .getByRole('listitem')
    .elements()
    .map((g) => g.textContent);
const requests = (api: ReturnType<typeof fakeKiosk>, call: string) =>
  api.calls.filter((c) => c.call === call).map((c) => c.request);

async function pad(status: StaffStatus, answers: FakeAnswers = {}, onSetup?: () => void) {
  const api = fakeKiosk({ getStaffStatus: () => status, ...answers });
  const events: string[] = [];
  await mountScreen(
    <StaffPinScreen
      onSignedIn={() => events.push('signedIn')}
      onCancel={() => events.push('cancel')}
      {...(onSetup && { onSetup })}
    />,
    { locale: 'ar', api },
  );
  return { api, events };
}

describe('the first staff PIN', () => {
  it('no PIN and no setup: the pad asks to choose one, twice; two that differ are asked again; then the code, once', async () => {
    const { api, events } = await pad(NO_PIN, { setStaffPin: () => NEW_PIN });
    await expect.element(page.getByRole('heading', { name: 'Choose the staff PIN' })).toBeVisible();
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(await axeViolations(), 'axe on the first PIN').toEqual([]);
    await tap('5071');
    await next();
    await expect.element(page.getByLabelText('The new PIN again')).toHaveValue('');
    await tap('5072');
    await key('Save the PIN').click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('The two PINs are not the same. Type the new PIN again, twice.');
    await expect.element(page.getByLabelText('New PIN')).toHaveValue('');
    expect(requests(api, 'setStaffPin')).toEqual([]);

    await tap('5071');
    await next();
    await tap('5071');
    await key('Save the PIN').click();
    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    expect(codeGroups()).toEqual(['ABCD', 'EFGH', 'JKMN']);
    expect(requests(api, 'setStaffPin')).toEqual([{ pin: '5071' }]);
    expect(await axeViolations(), 'axe on the recovery code shown once').toEqual([]);
    expect(events).toEqual([]);
    await page.getByLabelText('I have written it down').click();
    await key('Continue').click();
    expect(events).toEqual(['signedIn']);
  });

  it("with kiosk.json's setup code: the code first on letter keys; a wrong one says the tries left and is typed again", async () => {
    let tries = 0;
    const { api } = await pad(
      { ...NO_PIN, setupCodeNeeded: true },
      {
        setStaffPin: () => {
          if (tries++ === 0) throw new KioskError('wrong_pin', 'Wrong.', undefined, { triesLeft: 4 });
          return NEW_PIN;
        },
      },
    );
    await expect.element(page.getByLabelText('Setup code')).toBeVisible();
    expect(await axeViolations(), 'axe on the setup code step').toEqual([]);
    await tap('LOBBY');
    // A keyboard types too, in any case.
    await page.getByLabelText('Setup code').click();
    await userEvent.keyboard('set2');
    await expect.element(page.getByLabelText('Setup code')).toHaveValue('LOBB-YSET-2');
    await next();
    await tap('5071');
    await next();
    await tap('5071');
    await key('Save the PIN').click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('That setup code is not right. 4 tries left before the pad locks.');
    await expect.element(page.getByLabelText('Setup code')).toHaveValue('');
    await tap('LOBBYSET2');
    await next();
    await tap('5071');
    await next();
    await tap('5071');
    await key('Save the PIN').click();
    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    expect(codeGroups()).toEqual(['ABCD', 'EFGH', 'JKMN']);
    expect(requests(api, 'setStaffPin')).toEqual([
      { pin: '5071', setupCode: 'LOBBYSET2' },
      { pin: '5071', setupCode: 'LOBBYSET2' },
    ]);
  });

  it('when first-run setup is offered, the pad says so and its button hands over to it', async () => {
    let setup = 0;
    await pad({ ...NO_PIN, setupAvailable: true }, {}, () => setup++);
    await key('Set up this kiosk').click();
    expect(setup).toBe(1);
  });
});

describe('a forgotten PIN', () => {
  it('the recovery code on its own letter keys, then a new PIN twice; a wrong code is said like a wrong PIN', async () => {
    let tries = 0;
    const { api, events } = await pad(SIGNED_OUT, {
      staffRecover: () => {
        if (tries++ === 0) throw new KioskError('wrong_pin', 'Wrong.', undefined, { triesLeft: 2 });
        return { ...NEW_PIN, recoveryCode: 'QRST-UVWX-YZ23' };
      },
    });
    await key('Forgot the PIN?').click();
    await expect.element(page.getByRole('heading', { name: 'Forgotten PIN' })).toBeVisible();
    // Only the code's alphabet: no O, no I, no L, no 0 or 1.
    for (const missing of ['O', 'I', 'L', '0', '1']) await expect.element(key(missing)).not.toBeInTheDocument();
    expect(await axeViolations(), 'axe on the recovery code entry').toEqual([]);
    await tap('ABCDEFGHJKMNP');
    await expect.element(page.getByLabelText('Recovery code')).toHaveValue('ABCD-EFGH-JKMN');
    await next();
    await tap('8642');
    await next();
    await tap('8642');
    await key('Save the PIN').click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('That recovery code is not right. 2 tries left before the pad locks.');
    await expect.element(page.getByLabelText('Recovery code')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(), 'axe on a wrong recovery code').toEqual([]);
    await tap('ABCDEFGHJKMN');
    await next();
    await tap('8642');
    await next();
    await tap('8642');
    await key('Save the PIN').click();
    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    expect(codeGroups()).toEqual(['QRST', 'UVWX', 'YZ23']);
    expect(requests(api, 'staffRecover')).toEqual([
      { recoveryCode: 'ABCDEFGHJKMN', newPin: '8642' },
      { recoveryCode: 'ABCDEFGHJKMN', newPin: '8642' },
    ]);
    await page.getByLabelText('I have written it down').click();
    await key('Continue').click();
    expect(events).toEqual(['signedIn']);
  });

  it('a locked pad says how long, and Back returns to the PIN pad', async () => {
    await pad(SIGNED_OUT, {
      staffRecover: () => {
        throw new KioskError('too_many_attempts', 'Locked.', undefined, { retryAfterSeconds: 600 });
      },
    });
    await key('Forgot the PIN?').click();
    await tap('ABCDEFGHJKMN');
    await next();
    await tap('8642');
    await next();
    await tap('8642');
    await key('Save the PIN').click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Too many wrong PINs. The pad is locked: try again in 10 minutes.');
    await key('Back to the PIN pad').click();
    await expect.element(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  });
});

describe('changing the PIN', () => {
  it('asks the current PIN, then the new one twice; a wrong current PIN is said and asked again', async () => {
    let tries = 0;
    const api = fakeKiosk({
      changeStaffPin: () => {
        if (tries++ === 0) throw new KioskError('wrong_pin', 'Wrong.', undefined, { triesLeft: 3 });
        return { changed: true };
      },
    });
    const events: string[] = [];
    await mountScreen(
      <ChangePinScreen onBack={() => events.push('back')} onSessionLost={() => events.push('lost')} />,
      { locale: 'ar', api },
    );
    await expect.element(page.getByRole('heading', { name: 'Change the staff PIN' })).toBeVisible();
    expect(await axeViolations(), 'axe on change PIN').toEqual([]);
    await tap('0000');
    await next();
    await tap('8642');
    await next();
    await tap('8642');
    await key('Save the PIN').click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Wrong PIN. 3 tries left before the pad locks.');
    await expect.element(page.getByLabelText('Current PIN')).toHaveValue('');
    await tap('2468');
    await next();
    await tap('8642');
    await next();
    await tap('8642');
    await key('Save the PIN').click();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('The staff PIN is changed. The recovery code stays the same.');
    expect(requests(api, 'changeStaffPin')).toEqual([
      { currentPin: '0000', newPin: '8642' },
      { currentPin: '2468', newPin: '8642' },
    ]);
    expect(await axeViolations(), 'axe on PIN changed').toEqual([]);
    await key('Back').click();
    expect(events).toEqual(['back']);
  });
});

describe('exiting the kiosk', () => {
  const home = async (status: StaffStatus) => {
    const api = fakeKiosk({ getStaffStatus: () => status, exitKiosk: () => ({ exiting: true }) });
    await mountScreen(
      <StaffHomeScreen
        onHealth={() => {}}
        onReview={() => {}}
        onSignOut={() => {}}
        onChangePin={() => {}}
        onTool={() => {}}
      />,
      { locale: 'ar', api },
    );
    return api;
  };

  it('Electron: asked first; No keeps the kiosk running, Yes asks the core once', async () => {
    const api = await home({ ...SIGNED_OUT, signedIn: true, canExitKiosk: true });
    await key('Exit the kiosk').click();
    const dialog = page.getByRole('dialog', { name: 'Exit the kiosk?' });
    await expect.element(dialog.getByText('Visitors cannot use it until it is started again.')).toBeVisible();
    expect(await axeViolations(), 'axe on the exit confirmation').toEqual([]);
    await key('No, keep the kiosk running').click();
    await expect.element(dialog).not.toBeInTheDocument();
    expect(requests(api, 'exitKiosk')).toEqual([]);
    await key('Exit the kiosk').click();
    await key('Yes, exit the kiosk').click();
    await expect.element(page.getByRole('status')).toHaveTextContent('The kiosk is closing…');
    expect(requests(api, 'exitKiosk')).toEqual([{}]);
  });

  it('the browser shell: no Exit button', async () => {
    const api = await home({ ...SIGNED_OUT, signedIn: true, canExitKiosk: false });
    await expect.poll(() => requests(api, 'getStaffStatus').length).toBe(1);
    await expect.element(key('Change the PIN')).toBeVisible();
    await expect.element(key('Exit the kiosk')).not.toBeInTheDocument();
  });
});
