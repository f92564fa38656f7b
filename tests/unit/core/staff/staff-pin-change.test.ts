import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../../shared/errors.ts';
import { staffOnFakes } from './fake-staff.ts';

const ME = 'window:1';
const FILE = 'a'.repeat(64);
const CODE = 'LOBBYSETUP2026';

async function refusal(promise: Promise<unknown>): Promise<KioskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KioskError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('changing the staff PIN', () => {
  it('needs the current PIN; then the new one signs in, the old one does not, and the recovery code still works', async () => {
    const { staff } = staffOnFakes();
    const { recoveryCode } = await staff.firstPin('2468', ME, { kind: 'setup', store: () => {} });
    await staff.changePin('2468', '97531');
    expect(await refusal(staff.signIn('2468', ME))).toMatchObject({ code: 'wrong_pin' });
    await expect(staff.signIn('97531', ME)).resolves.toHaveProperty('session');
    await expect(staff.recover(recoveryCode.replaceAll('-', ''), '1111', ME)).resolves.toHaveProperty('session');
  });

  it('counts a wrong current PIN against the same lock as a wrong sign-in, and changes nothing', async () => {
    const { staff } = staffOnFakes();
    await staff.firstPin('2468', ME, { kind: 'setup', store: () => {} });
    expect(await refusal(staff.changePin('1357', '9999'))).toMatchObject({ code: 'wrong_pin', triesLeft: 4 });
    for (let i = 0; i < 3; i++) await refusal(staff.signIn('0000', ME));
    expect(await refusal(staff.changePin('1357', '9999'))).toMatchObject({ code: 'too_many_attempts' });
    // Locked now: even the right current PIN waits.
    expect(await refusal(staff.changePin('2468', '9999'))).toMatchObject({ code: 'too_many_attempts' });
    expect(staff.status({ caller: ME, staff: false })).toMatchObject({ lockedForSeconds: 300 });
  });
});

describe("kiosk.json's one-time setup code for the first PIN", () => {
  it('is needed when armed: without it nothing is counted, a wrong one counts, the right one lets the PIN through and is spent', async () => {
    const { staff, repo } = staffOnFakes({ provisioned: true });
    staff.armSetupCode(FILE, CODE);
    expect(repo.setupCode()?.codeHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(repo.setupCode())).not.toContain(CODE);
    expect(staff.status({ caller: ME, staff: false })).toMatchObject({ pinSet: false, setupCodeNeeded: true });

    expect(await refusal(staff.firstPin('2468', ME, { kind: 'provisioned' }))).toMatchObject({ code: 'forbidden' });
    expect(staff.status({ caller: ME, staff: false }).triesLeft).toBe(5);
    expect(await refusal(staff.firstPin('2468', ME, { kind: 'provisioned', setupCode: 'WRONGCODE1' }))).toMatchObject({
      code: 'wrong_pin',
      triesLeft: 4,
    });
    expect(staff.status({ caller: ME, staff: false }).pinSet).toBe(false);

    const answer = await staff.firstPin('2468', ME, { kind: 'provisioned', setupCode: CODE });
    expect(answer.recoveryCode).toMatch(/^[A-Z2-9]{4}-/);
    expect(repo.setupCode()).toEqual({ armedFrom: FILE, codeHash: null });
    expect(staff.status({ caller: ME, staff: false })).toMatchObject({ pinSet: true, setupCodeNeeded: false });
  });

  it('wrong codes lock the pad like wrong PINs', async () => {
    const { staff } = staffOnFakes({ provisioned: true });
    staff.armSetupCode(FILE, CODE);
    for (let i = 0; i < 4; i++)
      await refusal(staff.firstPin('2468', ME, { kind: 'provisioned', setupCode: 'X'.repeat(8) }));
    expect(await refusal(staff.firstPin('2468', ME, { kind: 'provisioned', setupCode: 'X'.repeat(8) }))).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 300,
    });
    expect(await refusal(staff.firstPin('2468', ME, { kind: 'provisioned', setupCode: CODE }))).toMatchObject({
      code: 'too_many_attempts',
    });
  });

  it('the same kiosk.json again does not re-arm a spent code; a changed one arms its own, or none', async () => {
    const { staff, repo } = staffOnFakes({ provisioned: true });
    staff.armSetupCode(FILE, CODE);
    const armed = repo.setupCode();
    staff.armSetupCode(FILE, CODE);
    // Not hashed again (a new salt would show): the same file changes nothing.
    expect(repo.setupCode()).toEqual(armed);
    staff.armSetupCode('b'.repeat(64), undefined);
    expect(staff.status({ caller: ME, staff: false }).setupCodeNeeded).toBe(false);
    await staff.firstPin('2468', ME, { kind: 'provisioned' });
    // Once a PIN is set, no kiosk.json arms anything.
    staff.armSetupCode('c'.repeat(64), CODE);
    expect(repo.setupCode()).toEqual({ armedFrom: 'b'.repeat(64), codeHash: null });
  });

  it('without a code, the first PIN is chosen by whoever opens the pad first, as before', async () => {
    const { staff } = staffOnFakes({ provisioned: true });
    expect(staff.status({ caller: ME, staff: false }).setupCodeNeeded).toBe(false);
    await expect(staff.firstPin('2468', ME, { kind: 'provisioned' })).resolves.toHaveProperty('recoveryCode');
  });
});
