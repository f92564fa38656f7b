import {
  CALL_ACCESS,
  isCallName,
  kioskApi,
  STAFF_REQUESTS,
  type CallName,
  type KioskHandlers,
  type ResultEnvelope,
} from '../../shared/api.ts';
import { describeZodIssues, KioskError } from '../../shared/errors.ts';
import { deepFreeze } from './content/content-cache.ts';
import type { CallerToken, StaffSessions } from './staff/staff-sessions.ts';

/**
 * `from` is who sent the call, as the shell knows it: the window (Electron) or the page (browser
 * shell), and the staff token it sent, if any. A call without it comes from nobody in particular and
 * is never staff.
 */
export type Dispatch = (call: string, payload: unknown, from?: CallerToken) => Promise<ResultEnvelope>;

function unauthorized(call: string): ResultEnvelope {
  return {
    ok: false,
    error: new KioskError(
      'unauthorized',
      `${call} is for staff: sign in with the staff PIN (the staff session is missing or has ended).`,
    ).toPayload(),
  };
}

/** With no sessions given (a test's door), nobody is staff. */
const NO_SESSIONS: Pick<StaffSessions, 'check'> = { check: () => false };

/**
 * The core's one door. Whatever shell a request came through, it is parsed with the contract's schema
 * here; a bad request becomes a typed error, never a crash. Unexpected failures are logged and answered
 * with a generic `internal` error, so no stack trace or path leaks to the page.
 *
 * Access (shared/call-access.ts) is checked here, once for both shells: a staff call without a valid
 * token for its caller is refused before its request is read; a request STAFF_REQUESTS marks is
 * refused after parsing. A staff call extends the session. Handlers get only `{ caller, staff }`,
 * never the token, so it cannot reach a log line or the visit log.
 */
export function createDispatch(
  handlers: KioskHandlers,
  log: (message: string, error: unknown) => void = console.error,
  sessions: Pick<StaffSessions, 'check'> = NO_SESSIONS,
): Dispatch {
  // A handler that answers with the very object it answered before (a cached, frozen tutorial) was validated then:
  // its parsed form is reused rather than checked again field by field on every open (issue 18).
  const validated = new WeakMap<object, unknown>();
  const checkAnswer = (schema: { parse: (value: unknown) => unknown }, value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return schema.parse(value);
    let parsed = validated.get(value);
    if (parsed === undefined) validated.set(value, (parsed = deepFreeze(schema.parse(value))));
    return parsed;
  };
  return async (call, payload, from = { caller: undefined, token: undefined }) => {
    if (!isCallName(call))
      return { ok: false, error: new KioskError('unknown_call', `There is no call named "${call}".`).toPayload() };
    const staffCall = CALL_ACCESS[call] === 'staff';
    if (staffCall && !sessions.check(from, { extend: true })) return unauthorized(call);
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
    const staffRequest = (STAFF_REQUESTS[call] as ((request: unknown) => boolean) | undefined)?.(parsed.data) ?? false;
    let staff = staffCall;
    if (!staffCall) {
      staff = sessions.check(from, { extend: staffRequest });
      if (staffRequest && !staff) return unauthorized(call);
    }
    try {
      const handler = handlers[call] as (
        request: unknown,
        info: { caller: string | undefined; staff: boolean },
      ) => unknown;
      const value = await handler(parsed.data, { caller: from.caller, staff });
      return { ok: true, value: checkAnswer(spec.response, value) };
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
