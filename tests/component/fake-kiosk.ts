import { createKioskClient } from '../../renderer/api/kiosk-client.ts';
import type { CallName, CallRequest, CallResponse, KioskApi } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';

/** What the fake core answers: a value, or a KioskError thrown, as the real core would fail. */
export type FakeAnswers = { [K in CallName]?: (request: CallRequest<K>) => CallResponse<K> | Promise<CallResponse<K>> };

export interface FakeKiosk extends KioskApi {
  /** Every call the screen made, in order. */
  readonly calls: { call: CallName; request: unknown }[];
}

/**
 * A stand-in for the core behind the renderer's real client (renderer/api/kiosk-client.ts), so every
 * answer is still checked against the contract, as the kiosk checks the real core's. Visit events are
 * accepted unless the test says otherwise; a call the test gave no answer for fails as `not_found`.
 */
export function fakeKiosk(answers: FakeAnswers = {}): FakeKiosk {
  const calls: FakeKiosk['calls'] = [];
  const all: FakeAnswers = { recordEvent: () => ({ recorded: true }), ...answers };
  const client = createKioskClient(async (call, request) => {
    calls.push({ call, request });
    const answer = all[call] as ((request: unknown) => unknown) | undefined;
    if (!answer)
      return { ok: false, error: { code: 'not_found', message: `the fake kiosk has no answer for ${call}` } };
    try {
      return { ok: true, value: await answer(request) };
    } catch (error) {
      if (error instanceof KioskError) return { ok: false, error: error.toPayload() };
      throw error;
    }
  });
  return Object.assign(client, { calls });
}
