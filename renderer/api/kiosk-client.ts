import {
  kioskApi,
  resultEnvelopeSchema,
  CALL_NAMES,
  type CallName,
  type KioskApi,
  type ResultEnvelope,
} from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import type { NewsBridge } from './news-client.ts';

/** Carries one call to the core and brings back its envelope, whichever shell we are in. */
export type Transport = (call: CallName, request: unknown) => Promise<ResultEnvelope>;

/**
 * What Electron's preload exposes: one method per call, each returning the envelope untouched, the
 * page's heartbeat to the main process (api/heartbeat.ts), and the core's news (api/news-client.ts).
 */
type ElectronBridge = Record<CallName, (request: unknown) => Promise<unknown>> & {
  heartbeat?: () => void;
  on?: NewsBridge['on'];
};

declare global {
  interface Window {
    kiosk?: ElectronBridge;
  }
}

function electronTransport(bridge: ElectronBridge): Transport {
  return async (call, request) => resultEnvelopeSchema.parse(await bridge[call](request));
}

/** The browser shell: POST /api/<call>; a non-2xx answer carries a typed error payload. */
export function httpTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (call, request) => {
    const response = await fetchImpl(`/api/${call}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
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
  for (const call of CALL_NAMES) {
    client[call] = async (request) => {
      const envelope = await transport(call, request);
      if (!envelope.ok)
        throw new KioskError(envelope.error.code, envelope.error.message, envelope.error.issues, {
          retryAfterSeconds: envelope.error.retryAfterSeconds,
        });
      return kioskApi[call].response.parse(envelope.value);
    };
  }
  return client as KioskApi;
}

export function connectToKiosk(): KioskApi {
  return createKioskClient(window.kiosk ? electronTransport(window.kiosk) : httpTransport());
}
