import { useEffect } from 'react';
import { KioskError } from '../../../shared/errors.ts';
import type { ReadKioskApi } from '../../api/read-only-api.ts';
import { useCall, type CallState } from '../../api/use-call.ts';

/**
 * A staff call for a staff screen. A session the core refused (expired after five quiet minutes,
 * ended elsewhere) is no failure to retry: staff are sent back to the PIN pad.
 */
export function useStaffCall<T>(
  key: string,
  run: (read: ReadKioskApi) => Promise<T>,
  onSessionLost: () => void,
): CallState<T> & { retry: () => void } {
  const state = useCall(key, run);
  const lost = state.status === 'failed' && state.error instanceof KioskError && state.error.code === 'unauthorized';
  useEffect(() => {
    if (lost) onSessionLost();
  }, [lost, onSessionLost]);
  return state;
}
