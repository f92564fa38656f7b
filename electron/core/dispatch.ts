import { isCallName, kioskApi, type CallName, type KioskHandlers, type ResultEnvelope } from '../../shared/api.ts';
import { describeZodIssues, KioskError } from '../../shared/errors.ts';

export type Dispatch = (call: string, payload: unknown) => Promise<ResultEnvelope>;

/**
 * The core's one door. Whatever shell a request came through, it is parsed with the contract's schema
 * here; a bad request becomes a typed error, never a crash. Unexpected failures are logged and answered
 * with a generic `internal` error, so no stack trace or path leaks to the page.
 */
export function createDispatch(
  handlers: KioskHandlers,
  log: (message: string, error: unknown) => void = console.error,
): Dispatch {
  return async (call, payload) => {
    if (!isCallName(call))
      return { ok: false, error: new KioskError('unknown_call', `There is no call named "${call}".`).toPayload() };
    const spec = kioskApi[call];
    // Only a missing payload means "no arguments"; null or any other non-object is invalid.
    const parsed = spec.request.safeParse(payload === undefined ? {} : payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: new KioskError(
          'invalid_request',
          `The request for ${call} is not valid.`,
          describeZodIssues(parsed.error),
        ).toPayload(),
      };
    }
    try {
      const handler = handlers[call] as (request: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: spec.response.parse(value) };
    } catch (error) {
      if (error instanceof KioskError) return { ok: false, error: error.toPayload() };
      // SQLite says so when the disk is full; the visitor hears "ask staff", and nothing already saved is lost.
      if ((error as { code?: unknown }).code === 'SQLITE_FULL') {
        log(`SafeCall core: ${call as CallName} failed: the disk is full`, error);
        return {
          ok: false,
          error: {
            code: 'storage_full',
            message: 'The kiosk cannot save right now because its disk is full. Please ask a member of staff.',
          },
        };
      }
      log(`SafeCall core: ${call as CallName} failed`, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside the kiosk. Please ask a member of staff.' },
      };
    }
  };
}
