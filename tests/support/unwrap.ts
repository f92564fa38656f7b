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

/** Calls the core directly and unwraps the answer. */
export async function call<T = unknown>(
  kiosk: { dispatch: (name: string, payload: unknown) => Promise<ResultEnvelope> },
  name: string,
  payload: unknown,
): Promise<T> {
  return unwrap<T>(name, await kiosk.dispatch(name, payload));
}

/** The browser shell answers a call with its value (2xx) or with the core's error payload: as an envelope. */
export function httpEnvelope(status: number, body: unknown): ResultEnvelope {
  return status >= 200 && status < 300 ? { ok: true, value: body } : { ok: false, error: body as KioskErrorPayload };
}
