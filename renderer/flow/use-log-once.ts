import { useEffect, useRef } from 'react';
import type { CallRequest, KioskApi } from '../../shared/api.ts';
import { runOnce, type OnceMemo } from '../api/run-once.ts';
import { logEvent } from './log-event.ts';

/**
 * Logs a visit event when a screen shows, once per distinct event for as long as the screen stays:
 * development's StrictMode runs the effect twice, and the visit log must not count a screen twice.
 * Nothing is logged while `event` is null (no visit yet).
 */
export function useLogOnce(api: KioskApi, event: CallRequest<'recordEvent'> | null): void {
  const memo = useRef<{ key: string; result: void } | null>(null) as OnceMemo<void>;
  const key = event ? JSON.stringify(event) : null;
  useEffect(() => {
    if (event && key) runOnce(memo, key, () => logEvent(api, event));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the event: it changes exactly when there is a new one to log
  }, [api, key]);
}
