import type { ResultEnvelope } from '../../shared/api.ts';
import type { KioskErrorPayload } from '../../shared/errors.ts';

/**
 * The one way tests unwrap a call: the value of a successful envelope, or the test fails with the
 * call's name and the error it carried. Works for the core's dispatch and, through `httpEnvelope`,
 * for the browser shell's /api routes. No test-runner import, so vitest and Playwright share it.
 */
export function unwrap<T = unknown>(name: string, result: ResultEnvelope): T {
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Who calls, as a shell tells the core: the window or page, and its staff token (electron/core/dispatch.ts). */
export interface Caller {
  caller: string | undefined;
  token: string | undefined;
}

/** Calls the core directly and unwraps the answer; `from` is the caller (a staff session for staff calls). */
export async function call<T = unknown>(
  kiosk: { dispatch: (name: string, payload: unknown, from?: Caller) => Promise<ResultEnvelope> },
  name: string,
  payload: unknown,
  from?: Caller,
): Promise<T> {
  return unwrap<T>(name, await kiosk.dispatch(name, payload, from));
}

/** The browser shell answers a call with its value (2xx) or with the core's error payload: as an envelope. */
export function httpEnvelope(status: number, body: unknown): ResultEnvelope {
  return status >= 200 && status < 300 ? { ok: true, value: body } : { ok: false, error: body as KioskErrorPayload };
}
