import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ResumeScreen } from '../../renderer/screens/Resume/ResumeScreen.tsx';
import { KioskError } from '../../shared/errors.ts';
import { axeViolations } from './axe.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { shownText } from './text.ts';

/**
 * The checklist-code keypad on its own: what a wrong code and too many codes say, and what the keys
 * do. The journeys (tests/e2e/checklist-screen.e2e.ts, resume-code-limit.e2e.ts) prove the wiring
 * to the real core and its limit.
 */
const VISIT = '00000000-0000-4000-8000-000000000002';
const CODE = '12345678';

async function keypad(locale: 'ar' | 'es', openChecklist: () => never) {
  const api = fakeKiosk({ openChecklist });
  await mountScreen(<ResumeScreen visitId={VISIT} dispatch={() => {}} />, { locale, api });
  const tap = async (digits: string) => {
    for (const d of digits) await page.getByRole('button', { name: d, exact: true }).click();
  };
  return { api, tap };
}

describe('the checklist-code keypad', () => {
  it('ar: digits read left to right, a ninth is ignored, Delete and Clear all correct the code; a wrong code is explained and marks the field', async () => {
    const { tap, api } = await keypad('ar', () => {
      throw new KioskError('not_found', 'No checklist has that code.');
    });
    const field = page.getByLabelText('الرمز');
    const go = page.getByRole('button', { name: 'افتح خطتي', exact: true });
    await expect.element(go).toBeDisabled();
    // Digits are not words: 1 2 3 along the top row, left to right, even on an Arabic screen.
    const one = page.getByRole('button', { name: '1', exact: true }).element().getBoundingClientRect();
    const three = page.getByRole('button', { name: '3', exact: true }).element().getBoundingClientRect();
    expect(one.x).toBeLessThan(three.x);
    await tap(`${CODE}9`);
    await expect.element(field).toHaveValue('1234 5678');
    expect(await axeViolations(), 'axe on the code screen').toEqual([]);

    await go.click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('لم يُعثر على هذا الرمز. تحقّق من الأرقام وحاول مرة أخرى.');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.filter((c) => c.call === 'openChecklist').map((c) => c.request)).toEqual([
      { code: CODE, visitId: VISIT },
    ]);
    expect(await axeViolations(), 'axe on the code screen, code not found').toEqual([]);

    await page.getByRole('button', { name: 'احذف', exact: true }).click();
    await expect.element(field).toHaveValue('1234 567');
    // Correcting the code clears the problem.
    await expect.poll(() => shownText('.resume__problem')).toBe('');
    await expect.element(field).toHaveAttribute('aria-invalid', 'false');
    await page.getByRole('button', { name: 'امسح الكل', exact: true }).click();
    await expect.element(field).toHaveValue('');
  });

  it('es: after too many codes it asks the visitor to wait, in whole minutes, keeps the digits, and does not call the code wrong', async () => {
    const { tap } = await keypad('es', () => {
      throw new KioskError('too_many_attempts', 'Too many codes tried.', undefined, { retryAfterSeconds: 60 });
    });
    const field = page.getByLabelText('Código');
    await tap(CODE);
    await page.getByRole('button', { name: 'Abrir mi plan', exact: true }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Se probaron demasiados códigos. Espere un minuto y vuelva a intentarlo.');
    await expect.element(field).toHaveValue('1234 5678');
    await expect.element(field).not.toHaveAttribute('aria-invalid', 'true');
    // The message lands under the keypad, below the fold at 1280 x 800: the screen comes to its end, so
    // the whole message is in view and the "more below" sign (which used to cover its middle) is gone.
    await expect.element(page.getByRole('alert')).toBeInViewport({ ratio: 1 });
    await expect.poll(() => getComputedStyle(document.querySelector('.more-below')!).visibility).toBe('hidden');
    expect(await axeViolations(), 'axe on the code screen, too many tries').toEqual([]);
  });

  it('es: a longer wait is said in whole minutes, rounded up', async () => {
    const { tap } = await keypad('es', () => {
      throw new KioskError('too_many_attempts', 'Too many codes tried.', undefined, { retryAfterSeconds: 150 });
    });
    await tap(CODE);
    await page.getByRole('button', { name: 'Abrir mi plan', exact: true }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Se probaron demasiados códigos. Espere 3 minutos y vuelva a intentarlo.');
  });
});
