import type { CallRequest, CallResponse, KioskApi } from '../../shared/api.ts';
import { callsWithEffect, type ReadCallName, type WitnessedCallName } from '../../shared/call-effects.ts';

/**
 * The part of the contract a screen may call through `useCall`: the reads (shared/call-effects.ts), and
 * the witnessed reads without a visit id (staff looking at a guide in English). A call that writes, or
 * that would log for a visit, is not on it: it goes through `useAction` or an event handler.
 */
export type ReadKioskApi = { [K in ReadCallName]: KioskApi[K] } & {
  [K in WitnessedCallName]: (request: CallRequest<K> & { visitId?: never }) => Promise<CallResponse<K>>;
};

/**
 * The read-only view of `api`, built from the map, so even a cast cannot reach a write through it: a
 * write is simply absent, and a witnessed read given a visit id is refused before it leaves the page.
 */
export function readOnly(api: KioskApi): ReadKioskApi {
  let view = views.get(api);
  if (!view) views.set(api, (view = buildView(api)));
  return view;
}

/** One view per api, so a screen's hooks see the same object on every render. */
const views = new WeakMap<KioskApi, ReadKioskApi>();

function buildView(api: KioskApi): ReadKioskApi {
  const view: Record<string, unknown> = {};
  for (const name of [...callsWithEffect('read'), ...callsWithEffect('read-derived')])
    view[name] = (request: never) => (api[name] as (r: never) => Promise<unknown>)(request);
  for (const name of callsWithEffect('read-witnessed'))
    view[name] = (request: { visitId?: unknown }) => {
      if (request.visitId !== undefined)
        return Promise.reject(
          new Error(`useCall is read-only: ${name} with a visitId logs for the visit; use useAction.`),
        );
      return (api[name] as (r: unknown) => Promise<unknown>)(request);
    };
  return view as ReadKioskApi;
}
