import type { ResultEnvelope } from '../../shared/api.ts';
import type { StaffStatus } from '../../shared/staff.ts';
import { unwrap, type Caller } from './unwrap.ts';

/** The PIN every test kiosk's staff choose. */
export const TEST_PIN = '246813';

type Dispatching = { dispatch: (name: string, payload: unknown, from?: Caller) => Promise<ResultEnvelope> };

/** The last session signed in on each kiosk, for staffCall. */
const held = new WeakMap<object, Caller>();

/**
 * Signs `caller` in the way staff would: the first time, choose the PIN (first-run setup with the
 * kiosk's own settings, or the first PIN of a kiosk kiosk.json provisioned); afterwards, the PIN.
 * No test reaches around the door: this is the staff pad's own calls. No test-runner import, so
 * vitest and Playwright share it.
 */
export async function signInStaff(kiosk: Dispatching, caller = 'test:staff'): Promise<Caller> {
  const anonymous = { caller, token: undefined };
  const status = unwrap<StaffStatus>('getStaffStatus', await kiosk.dispatch('getStaffStatus', {}, anonymous));
  let answer: ResultEnvelope;
  if (status.pinSet) answer = await kiosk.dispatch('staffSignIn', { pin: TEST_PIN }, anonymous);
  else if (status.setupAvailable) {
    const settings = unwrap('getSettings', await kiosk.dispatch('getSettings', {}, anonymous));
    answer = await kiosk.dispatch('setupKiosk', { settings, pin: TEST_PIN }, anonymous);
  } else answer = await kiosk.dispatch('setStaffPin', { pin: TEST_PIN }, anonymous);
  const { session } = unwrap<{ session: { token: string } }>('staff sign-in', answer);
  const from = { caller, token: session.token };
  held.set(kiosk, from);
  return from;
}

/**
 * A staff call, as a member of staff makes it: signed in once per kiosk, and again when the session
 * has ended (a test's clock may move past its five minutes). Sign in first with `signInStaff` if the
 * test is about to lock the database: choosing the first PIN writes.
 */
export async function staffCall<T = unknown>(kiosk: Dispatching, name: string, payload: unknown): Promise<T> {
  const from = held.get(kiosk) ?? (await signInStaff(kiosk));
  let result = await kiosk.dispatch(name, payload, from);
  if (!result.ok && result.error.code === 'unauthorized')
    result = await kiosk.dispatch(name, payload, await signInStaff(kiosk, from.caller));
  return unwrap<T>(name, result);
}
