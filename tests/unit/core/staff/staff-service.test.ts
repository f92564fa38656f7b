import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../../shared/errors.ts';
import { recoveryCodeSchema } from '../../../../shared/staff.ts';
import { staffOnFakes } from './fake-staff.ts';

const MINUTE = 60_000;
const ME = 'window:1';

/** The typed error a call failed with (the test fails if it did not). */
async function refusal(promise: Promise<unknown>): Promise<KioskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KioskError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

async function withPin(pin = '2468') {
  const fakes = staffOnFakes();
  const first = await fakes.staff.firstPin(pin, ME, { kind: 'setup', store: () => {} });
  return { ...fakes, recoveryCode: first.recoveryCode };
}

/** Five wrong PINs: the fifth locks the pad. */
async function lockOnce(staff: Awaited<ReturnType<typeof withPin>>['staff']) {
  for (let i = 0; i < 4; i++) await refusal(staff.signIn('0000', ME));
  return refusal(staff.signIn('0000', ME));
}

describe('signing in with the staff PIN', () => {
  it('opens a session with the right PIN, and answers a wrong one with the tries left', async () => {
    const { staff, sessions } = await withPin();
    const wrong = await refusal(staff.signIn('1357', ME));
    expect(wrong).toMatchObject({ code: 'wrong_pin', triesLeft: 4 });
    const { session } = await staff.signIn('2468', ME);
    expect(sessions.check({ caller: ME, token: session.token }, { extend: false })).toBe(true);
  });

  it('locks the pad for five minutes at the fifth wrong try, refusing even the right PIN meanwhile', async () => {
    const { staff, clock } = await withPin();
    const left: Array<number | undefined> = [];
    for (let i = 0; i < 4; i++) left.push((await refusal(staff.signIn('0000', ME))).triesLeft);
    expect(left).toEqual([4, 3, 2, 1]);
    expect(await refusal(staff.signIn('0000', ME))).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 300,
    });
    clock.advance(2 * MINUTE);
    expect(await refusal(staff.signIn('2468', ME))).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 180,
    });
    expect(staff.status({ caller: ME, staff: false })).toMatchObject({ lockedForSeconds: 180 });
    clock.advance(3 * MINUTE);
    await expect(staff.signIn('2468', ME)).resolves.toHaveProperty('session');
  });

  it('doubles the lock after each further five wrong tries, up to a day', async () => {
    const { staff, clock } = await withPin();
    const locks: Array<number | undefined> = [];
    for (let n = 0; n < 11; n++) {
      const locked = await lockOnce(staff);
      locks.push(locked.retryAfterSeconds);
      clock.advance((locked.retryAfterSeconds ?? 0) * 1000);
    }
    expect(locks.map((s) => (s ?? 0) / 60)).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440]);
  });

  it('forgets wrong tries and earlier locks after a right PIN', async () => {
    const { staff, clock } = await withPin();
    clock.advance((await lockOnce(staff)).retryAfterSeconds! * 1000);
    clock.advance((await lockOnce(staff)).retryAfterSeconds! * 1000);
    await refusal(staff.signIn('0000', ME));
    await staff.signIn('2468', ME);
    expect(staff.status({ caller: ME, staff: true })).toMatchObject({ triesLeft: 5, lockedForSeconds: 0 });
    // The next lock is the first again: five minutes, not twenty.
    expect((await lockOnce(staff)).retryAfterSeconds).toBe(300);
  });

  it('cannot be raced: many guesses fired at once are checked one at a time against the lock', async () => {
    const { staff } = await withPin();
    const answers = await Promise.all(Array.from({ length: 8 }, () => refusal(staff.signIn('0000', ME))));
    expect(answers.map((e) => e.code)).toEqual([
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'too_many_attempts',
      'too_many_attempts',
      'too_many_attempts',
      'too_many_attempts',
    ]);
  });

  it('refuses a caller the shell could not name, without counting a try', async () => {
    const { staff } = await withPin();
    expect(await refusal(staff.signIn('0000', undefined))).toMatchObject({ code: 'unauthorized' });
    expect(staff.status({ caller: undefined, staff: false }).triesLeft).toBe(5);
  });
});

describe('the recovery code', () => {
  it('is shown once as three groups of four unambiguous letters, and stored only as a hash', async () => {
    const { recoveryCode, repo } = await withPin();
    expect(recoveryCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(recoveryCode).not.toMatch(/[01IOL]/);
    const stored = JSON.stringify(repo.row());
    expect(stored).not.toContain(recoveryCode.replaceAll('-', ''));
    expect(stored).not.toContain('2468');
    expect(repo.row().secrets?.recoveryHash).toMatch(/^scrypt\$/);
  });

  it('sets a new PIN and gives a new code; the old PIN and the old code are spent', async () => {
    const { staff, recoveryCode, sessions } = await withPin();
    // Typed as a person might: lower case, spaces for dashes.
    const typed = recoveryCodeSchema.parse(recoveryCode.toLowerCase().replaceAll('-', ' '));
    const recovered = await staff.recover(typed, '97531', ME);
    expect(sessions.check({ caller: ME, token: recovered.session.token }, { extend: false })).toBe(true);
    expect(recovered.recoveryCode).not.toBe(recoveryCode);
    expect(await refusal(staff.signIn('2468', ME))).toMatchObject({ code: 'wrong_pin' });
    await expect(staff.signIn('97531', ME)).resolves.toHaveProperty('session');
    expect(await refusal(staff.recover(typed, '1111', ME))).toMatchObject({ code: 'wrong_pin' });
    const again = await staff.recover(recoveryCodeSchema.parse(recovered.recoveryCode), '8642', ME);
    expect(again.recoveryCode).toMatch(/^[A-Z2-9-]{14}$/);
    await expect(staff.signIn('8642', ME)).resolves.toHaveProperty('session');
  });

  it('counts wrong codes against the same lock as wrong PINs, and is locked out with it', async () => {
    const { staff, recoveryCode, clock } = await withPin();
    const code = recoveryCodeSchema.parse(recoveryCode);
    for (let i = 0; i < 3; i++) await refusal(staff.signIn('0000', ME));
    expect(await refusal(staff.recover('AAAAAAAAAAAA', '1111', ME))).toMatchObject({
      code: 'wrong_pin',
      triesLeft: 1,
    });
    expect(await refusal(staff.recover('AAAAAAAAAAAA', '1111', ME))).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 300,
    });
    expect(await refusal(staff.recover(code, '1111', ME))).toMatchObject({ code: 'too_many_attempts' });
    clock.advance(5 * MINUTE);
    await expect(staff.recover(code, '1111', ME)).resolves.toHaveProperty('recoveryCode');
    expect(staff.status({ caller: ME, staff: true })).toMatchObject({ triesLeft: 5, lockedForSeconds: 0 });
  });
});

describe('the first PIN', () => {
  it('is chosen once: setup only while not provisioned, the provisioned route only on a provisioned kiosk', async () => {
    const plain = staffOnFakes();
    expect(plain.staff.status({ caller: ME, staff: false })).toMatchObject({ pinSet: false, setupAvailable: true });
    expect(await refusal(plain.staff.firstPin('1234', ME, { kind: 'provisioned' }))).toMatchObject({
      code: 'forbidden',
    });
    let stored = 0;
    await plain.staff.firstPin('1234', ME, { kind: 'setup', store: () => stored++ });
    expect(stored).toBe(1);
    expect(plain.staff.status({ caller: ME, staff: true })).toMatchObject({ pinSet: true, setupAvailable: false });
    expect(await refusal(plain.staff.firstPin('9999', ME, { kind: 'setup', store: () => stored++ }))).toMatchObject({
      code: 'forbidden',
    });
    expect(stored).toBe(1);

    const provisioned = staffOnFakes({ provisioned: true });
    expect(provisioned.staff.status({ caller: ME, staff: false }).setupAvailable).toBe(false);
    expect(
      await refusal(provisioned.staff.firstPin('1234', ME, { kind: 'setup', store: () => stored++ })),
    ).toMatchObject({ code: 'forbidden' });
    await provisioned.staff.firstPin('1234', ME, { kind: 'provisioned' });
    expect(await refusal(provisioned.staff.firstPin('5555', ME, { kind: 'provisioned' }))).toMatchObject({
      code: 'forbidden',
    });
    await expect(provisioned.staff.signIn('1234', ME)).resolves.toHaveProperty('session');
  });

  it('cannot be signed in to before it is chosen', async () => {
    const { staff } = staffOnFakes();
    expect(await refusal(staff.signIn('1234', ME))).toMatchObject({ code: 'forbidden' });
  });
});
