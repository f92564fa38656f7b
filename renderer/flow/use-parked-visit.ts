import { useCallback, useEffect, useRef, useState } from 'react';
import type { KioskApi } from '../../shared/api.ts';
import type { JourneyState } from './journey.ts';
import { logEvent } from './log-event.ts';

/** How long a timed-out visit waits to be continued: long enough to come back from the printer or the desk. */
export const PARK_MS = 60_000;

/**
 * For one minute after the idle reset, the visit that timed out waits here, in memory only (never in
 * storage or on disk), so a visitor who looked down at their own phone a little too long can carry on
 * from the lobby screen. The visit is logged as timed out only when that minute ends unused, or when
 * someone else starts: a continued visit was never gone.
 */
export function useParkedVisit(api: KioskApi) {
  const [parked, setParked] = useState<JourneyState | null>(null);
  // The same visit as `parked`, readable from timers and handlers without waiting for a render.
  const current = useRef<JourneyState | null>(null);
  const park = useCallback((visit: JourneyState) => {
    current.current = visit;
    setParked(visit);
  }, []);

  /** The minute is over (or a new visitor started): this visit really ended. */
  const discard = useCallback(() => {
    const visit = current.current;
    if (!visit) return;
    if (visit.visitId) logEvent(api, { visitId: visit.visitId, kind: 'visit_timed_out' });
    current.current = null;
    setParked(null);
  }, [api]);

  useEffect(() => {
    if (!parked) return;
    const timer = setTimeout(discard, PARK_MS);
    return () => clearTimeout(timer);
  }, [parked, discard]);

  /** Hands the waiting visit back to the journey; nothing is logged, the visit simply goes on. */
  const take = useCallback((): JourneyState | null => {
    const visit = current.current;
    current.current = null;
    setParked(null);
    return visit;
  }, []);

  return { parked, park, discard, take };
}
