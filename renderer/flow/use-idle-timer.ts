import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export type IdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number };

/**
 * Idle detection in the page, not the OS (Electron's system idle time is unreliable on Wayland and
 * some Windows machines). After `warnAfterSeconds` without a touch or key, a warning counts down
 * `countdownSeconds`; any activity, or "I'm still here", starts over; at zero, `onTimeout` runs.
 * While `paused` (printing, staff mode) nothing counts.
 */
export function useIdleTimer(options: {
  enabled: boolean;
  /** A print job is on its way: the visitor is waiting at the printer, not gone. Counting starts afresh after. */
  paused?: boolean;
  warnAfterSeconds: number;
  countdownSeconds: number;
  onTimeout: () => void;
}): IdlePhase & { stillHere: () => void } {
  const { warnAfterSeconds, countdownSeconds } = options;
  const enabled = options.enabled && !options.paused;
  const [state, setState] = useState<IdlePhase>({ phase: 'active' });
  const [activity, setActivity] = useState(0);
  const onTimeout = useRef(options.onTimeout);
  useEffect(() => {
    onTimeout.current = options.onTimeout;
  });

  useEffect(() => {
    if (!enabled) return;
    const bump = () => setActivity((n) => n + 1);
    for (const kind of ACTIVITY) window.addEventListener(kind, bump, { passive: true, capture: true });
    return () => {
      for (const kind of ACTIVITY) window.removeEventListener(kind, bump, { capture: true });
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    let secondsLeft = countdownSeconds;
    let countdown: ReturnType<typeof setInterval> | undefined;
    const warn = setTimeout(() => {
      setState({ phase: 'warning', secondsLeft });
      countdown = setInterval(() => {
        secondsLeft -= 1;
        if (secondsLeft <= 0) {
          clearInterval(countdown);
          setState({ phase: 'active' });
          onTimeout.current();
        } else setState({ phase: 'warning', secondsLeft });
      }, 1000);
    }, warnAfterSeconds * 1000);
    return () => {
      clearTimeout(warn);
      clearInterval(countdown);
      setState({ phase: 'active' });
    };
  }, [enabled, warnAfterSeconds, countdownSeconds, activity]);

  return { ...state, stillHere: () => setActivity((n) => n + 1) };
}
