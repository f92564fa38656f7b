import type { IncomingMessage, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';
import type { ResultEnvelope } from '../../shared/api.ts';
import { PACK_UPLOAD_MAX_CHARS } from '../../shared/content-pack-schema.ts';
import type { ErrorCode, KioskErrorPayload } from '../../shared/errors.ts';
import { PAGE_ID_HEADER, PAGE_ID_PATTERN, STAFF_TOKEN_HEADER, STAFF_TOKEN_PATTERN } from '../../shared/staff.ts';
import type { Dispatch } from '../core/dispatch.ts';
import type { CallerToken } from '../core/staff/staff-sessions.ts';
import { SECURITY_HEADERS } from '../core/security-headers.ts';

/** Requests are small JSON objects; anything larger is refused before it is read into memory. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The one exception: a content pack uploaded to the staff page (issue 19), base64 in JSON. Only from a caller
 * whose staff session the core confirms before a byte of the body is read; from anyone else the usual limit
 * holds, so nobody without the PIN can make the kiosk hold 43 MB.
 */
const LARGE_BODY_CALLS: Partial<Record<string, number>> = { openContentPack: PACK_UPLOAD_MAX_CHARS + 1024 };
async function bodyLimit(req: IncomingMessage, call: string, dispatch: Dispatch): Promise<number> {
  const large = LARGE_BODY_CALLS[call];
  const from = callerOf(req);
  if (large === undefined || from.token === undefined) return MAX_BODY_BYTES;
  const status = await dispatch('getStaffStatus', {}, from);
  return status.ok && (status.value as { signedIn?: unknown }).signedIn === true ? large : MAX_BODY_BYTES;
}

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unknown_call: 404,
  not_found: 404,
  payload_too_large: 413,
  method_not_allowed: 405,
  forbidden: 403,
  storage_full: 507,
  too_many_attempts: 429,
  unauthorized: 401,
  wrong_pin: 401,
  not_supported: 501,
  // Reports (report-export): the folder or the report key the export needed failed it, not the request.
  export_failed: 500,
  internal: 500,
};

function header(req: IncomingMessage, name: string, pattern: RegExp): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/**
 * Who is calling: the page id the kiosk page makes in memory at load (renderer/api) and sends on every
 * call, and its staff token if it holds one. A missing or malformed header is simply absent: such a
 * request is a visitor's and can never be staff.
 */
export function callerOf(req: IncomingMessage): CallerToken {
  const page = header(req, PAGE_ID_HEADER, PAGE_ID_PATTERN);
  return {
    caller: page === undefined ? undefined : `page:${page}`,
    token: header(req, STAFF_TOKEN_HEADER, STAFF_TOKEN_PATTERN),
  };
}

/**
 * A frozen answer (a cached tutorial, handed out by the core's door as the same object each time) is the same
 * JSON each time: written out once, not on every open (issue 18: an open over HTTP within 3 ms).
 */
const written = new WeakMap<object, string>();
function toJson(body: unknown): string {
  if (body === null || typeof body !== 'object' || !Object.isFrozen(body)) return JSON.stringify(body);
  let json = written.get(body);
  if (json === undefined) written.set(body, (json = JSON.stringify(body)));
  return json;
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  const json = toJson(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(json);
}

function fail(res: ServerResponse, code: ErrorCode, message: string, extra?: Record<string, string>) {
  const error: KioskErrorPayload = { code, message };
  send(res, STATUS[code], error, extra);
}

/**
 * `POST /api/<call>` with a JSON body; the answer is the call's JSON response, or a typed error with
 * a matching HTTP status (a staff call without a valid session: 401 `unauthorized`). The body's content type is not required (curl -d sends a form type); it is
 * always read as JSON, and an empty body means `{}`.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  call: string,
  dispatch: Dispatch,
): Promise<void> {
  if (req.method !== 'POST') return fail(res, 'method_not_allowed', 'Use POST with a JSON body.', { Allow: 'POST' });
  let text: string;
  const limit = await bodyLimit(req, call, dispatch);
  try {
    // With the declared length, a body announced as too large is refused at once, before any of it
    // arrives (a 2-byte body declared as 999999999 would otherwise wait for bytes that never come).
    text = await getRawBody(req, { limit, length: req.headers['content-length'], encoding: 'utf8' });
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      // Close the connection: the rest of an oversized body is not worth reading.
      res.setHeader('Connection', 'close');
      return fail(res, 'payload_too_large', `The request body is larger than ${limit} bytes.`);
    }
    return fail(res, 'invalid_request', 'The request body could not be read.');
  }
  let payload: unknown;
  try {
    payload = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return fail(res, 'invalid_request', 'The request body is not valid JSON.');
  }
  const result: ResultEnvelope = await dispatch(call, payload, callerOf(req));
  if (result.ok) return send(res, 200, result.value);
  const { retryAfterSeconds } = result.error;
  const status = STATUS[result.error.code];
  return send(res, status, result.error, {
    ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
    // HTTP asks every 401 to name how to authenticate: the staff PIN, through staffSignIn.
    ...(status === 401 ? { 'WWW-Authenticate': 'SafeCall-Staff realm="staff mode"' } : {}),
  });
}
