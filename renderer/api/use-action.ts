import type { KioskApi } from '../../shared/api.ts';
import { useKiosk } from './kiosk-context.tsx';
import { useOnceCall, type CallState } from './use-once-call.ts';

/**
 * A write a screen makes as it shows: saving the visitor's checklist, ranking the plan (which logs the
 * answers), opening a guide for the visit (which logs tutorial_opened). Once per key and attempt, also
 * under development's StrictMode, which runs every effect twice: a checklist is saved once, an open is
 * logged once. A retry after a failure writes again; a new key (the next visit) writes anew.
 * Writes that follow a tap (print, resume a code) are made in the tap's handler, not here.
 */
export function useAction<T>(key: string, run: (api: KioskApi) => Promise<T>): CallState<T> & { retry: () => void } {
  const api = useKiosk();
  return useOnceCall(key, () => run(api));
}
