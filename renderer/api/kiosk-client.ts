import {
  kioskApi,
  resultEnvelopeSchema,
  CALL_NAMES,
  type CallName,
  type KioskApi,
  type ResultEnvelope,
} from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../shared/staff.ts';
import type { NewsBridge } from './news-client.ts';
import { pageId as thisPage } from './page-id.ts';

/**
 * Carries one call to the core and brings back its envelope, whichever shell we are in. The staff
 * token, while the client holds one, rides beside the request: a header, or the preload's second argument.
 */
export type Transport = (call: CallName, request: unknown, staffToken?: string) => Promise<ResultEnvelope>;

/**
 * What Electron's preload exposes: one method per call, each returning the envelope untouched, the
 * page's heartbeat to the main process (api/heartbeat.ts), and the core's news (api/news-client.ts).
 */
type ElectronBridge = Record<CallName, (request: unknown, staffToken?: string) => Promise<unknown>> & {
  heartbeat?: () => void;
  on?: NewsBridge['on'];
};

declare global {
  interface Window {
    kiosk?: ElectronBridge;
  }
}

function electronTransport(bridge: ElectronBridge): Transport {
  return async (call, request, staffToken) => resultEnvelopeSchema.parse(await bridge[call](request, staffToken));
}

/**
 * The browser shell: POST /api/<call>; a non-2xx answer carries a typed error payload. Every call
 * names this page with an id made here, in memory, when the page loads (the browser shell binds a
 * staff session to it; Electron binds to the window instead), and carries the staff token if any.
 */
export function httpTransport(
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  pageId: string = thisPage(),
): Transport {
  return async (call, request, staffToken) => {
    const response = await fetchImpl(`/api/${call}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [PAGE_ID_HEADER]: pageId,
        ...(staffToken === undefined ? {} : { [STAFF_TOKEN_HEADER]: staffToken }),
      },
      body: JSON.stringify(request),
    });
    const body: unknown = await response.json();
    return response.ok ? { ok: true, value: body } : resultEnvelopeSchema.parse({ ok: false, error: body });
  };
}

/**
 * The renderer's one door to the core. Answers are checked against the contract here too, so a
 * mismatch between shells shows up as a clear error rather than a half-drawn screen.
 */
export function createKioskClient(transport: Transport): KioskApi {
  const client = {} as Record<CallName, (request: unknown) => Promise<unknown>>;
  // The staff token lives here, in this page's memory only, and goes out with every call while it is
  // held; screens never handle it. A reload forgets it (staff sign in again).
  let staffToken: string | undefined;
  for (const call of CALL_NAMES) {
    client[call] = async (request) => {
      const envelope = await transport(call, request, staffToken);
      if (!envelope.ok) {
        // The core refused the token (expired, signed out elsewhere): it is no use any more.
        if (envelope.error.code === 'unauthorized') staffToken = undefined;
        throw new KioskError(envelope.error.code, envelope.error.message, envelope.error.issues, {
          retryAfterSeconds: envelope.error.retryAfterSeconds,
          triesLeft: envelope.error.triesLeft,
        });
      }
      const value = kioskApi[call].response.parse(envelope.value);
      staffToken = tokenAfter(call, request, value, staffToken);
      return value;
    };
  }
  return client as KioskApi;
}

/** What the client holds after a successful call: a new session's token, none after a sign-out or a visitor's visit. */
function tokenAfter(call: CallName, request: unknown, value: unknown, held: string | undefined): string | undefined {
  const session = (value as { session?: { token?: unknown } } | null)?.session;
  if (session && typeof session.token === 'string') return session.token;
  if (call === 'staffSignOut') return undefined;
  // The core ends the session at a visitor's visit (the visitor reset); an assisted one keeps it.
  if (call === 'startVisit' && (request as { assisted?: unknown } | undefined)?.assisted !== true) return undefined;
  return held;
}

export function connectToKiosk(): KioskApi {
  return createKioskClient(window.kiosk ? electronTransport(window.kiosk) : httpTransport());
}
