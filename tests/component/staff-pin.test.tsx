import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { StaffPinScreen } from '../../renderer/screens/Staff/StaffPinScreen.tsx';
import { KioskError } from '../../shared/errors.ts';
import type { StaffStatus } from '../../shared/staff.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk, type FakeAnswers } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * The staff PIN pad on its own, over a visitor's Arabic screen: it speaks English, says what the core
 * answered (tries left, how long the lock lasts) and opens staff home only on a right PIN. The core's
 * counting and lock are proven in tests/unit (lockout) and tests/integration; the journey to it in
 * tests/e2e/staff-entry.e2e.ts.
 */
const OPEN: StaffStatus = { pinSet: true, setupAvailable: false, lockedForSeconds: 0, triesLeft: 5, signedIn: false };
const SESSION = { session: { token: 'a'.repeat(43), expiresInSeconds: 300 } };

async function pad(answers: FakeAnswers, status: StaffStatus = OPEN) {
  const api = fakeKiosk({ getStaffStatus: () => status, ...answers });
  const events: string[] = [];
  await mountScreen(
    <StaffPinScreen onSignedIn={() => events.push('signedIn')} onCancel={() => events.push('cancel')} />,
    { locale: 'ar', api },
  );
  const type = async (pin: string) => {
    for (const d of pin) await page.getByRole('button', { name: d, exact: true }).click();
  };
  const signIn = page.getByRole('button', { name: 'Sign in', exact: true });
  return { api, events, type, signIn };
}

describe('the staff PIN pad', () => {
  it('a wrong PIN says how many tries are left and clears the pad; sign-in waits for 4 digits', async () => {
    const { api, events, type, signIn } = await pad({
      staffSignIn: () => {
        throw new KioskError('wrong_pin', 'Wrong PIN.', undefined, { triesLeft: 3 });
      },
    });
    await expect.element(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    // In English over an Arabic visit: the staff language, left to right.
    expect(document.querySelector('.staff-pin')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.staff-pin')?.getAttribute('dir')).toBe('ltr');
    await type('135');
    await expect.element(signIn).toBeDisabled();
    await type('7');
    await signIn.click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Wrong PIN. 3 tries left before the pad locks.');
    await expect.element(page.getByLabelText('PIN')).toHaveValue('');
    // Below the keypad, the message is brought into view whole (not under the "more below" sign).
    await expect.element(page.getByRole('alert')).toBeInViewport({ ratio: 1 });
    await expect.poll(() => getComputedStyle(document.querySelector('.more-below')!).visibility).toBe('hidden');
    await expect.element(page.getByLabelText('PIN')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.filter((c) => c.call === 'staffSignIn').map((c) => c.request)).toEqual([{ pin: '1357' }]);
    expect(events).toEqual([]);
    expect(await axeViolations(), 'axe on the PIN pad, wrong PIN').toEqual([]);
  });

  it('the last wrong try locks the pad, and says for how long in whole minutes', async () => {
    const { type, signIn } = await pad({
      staffSignIn: () => {
        throw new KioskError('too_many_attempts', 'Locked.', undefined, { retryAfterSeconds: 299 });
      },
    });
    await type('0000');
    await signIn.click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Too many wrong PINs. The pad is locked: try again in 5 minutes.');
    expect(await axeViolations(), 'axe on the PIN pad, locked').toEqual([]);
  });

  it('a pad already locked says so before anyone types', async () => {
    await pad({}, { ...OPEN, lockedForSeconds: 600, triesLeft: 0 });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Too many wrong PINs. The pad is locked: try again in 10 minutes.');
  });

  it('a right PIN opens staff home; a physical keyboard types too; Back leaves without a call', async () => {
    const { api, events } = await pad({ staffSignIn: () => SESSION });
    await page.getByLabelText('PIN').click();
    await userEvent.keyboard('246813{Enter}');
    await expect.poll(() => events).toEqual(['signedIn']);
    expect(api.calls.filter((c) => c.call === 'staffSignIn').map((c) => c.request)).toEqual([{ pin: '246813' }]);
    await page.getByRole('button', { name: "Back to the visitor's screen", exact: true }).click();
    expect(events).toEqual(['signedIn', 'cancel']);
  });
});
