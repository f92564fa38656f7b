import { useKiosk } from './kiosk-context.tsx';
import { readOnly, type ReadKioskApi } from './read-only-api.ts';
import { useOnceCall, type CallState } from './use-once-call.ts';

export type { CallState } from './use-once-call.ts';

/**
 * Reads what a screen shows from the core, with loading, failure and retry (use-once-call.ts). Read-only,
 * and enforced: `run` is handed the read-only view of the contract (read-only-api.ts), which has no call
 * that writes and refuses a visit id, and lint refuses a `useCall` whose `run` reaches the full `api`
 * (eslint.config.js). Anything that saves or logs, even as a screen shows, goes through `useAction`.
 */
export function useCall<T>(key: string, run: (read: ReadKioskApi) => Promise<T>): CallState<T> & { retry: () => void } {
  const read = readOnly(useKiosk());
  return useOnceCall(key, () => run(read));
}
