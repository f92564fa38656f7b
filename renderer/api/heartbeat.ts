import { useEffect, useState } from 'react';
import { HEARTBEAT_INTERVAL_MS } from '../../shared/heartbeat.ts';

/**
 * While the kiosk page is drawn, it tells Electron's main process so every few seconds (the
 * preload's `kiosk.heartbeat`). If the page ever goes blank with its renderer still alive, the beats
 * stop and the shell reloads the window (electron/shell/heartbeat.ts). The browser shell has no bridge
 * and nothing to tell.
 */
export function useHeartbeat(bridge: Window['kiosk'] = window.kiosk): void {
  // Read once: one interval for the page's life, however the bridge object answers property reads.
  const [beat] = useState(() => bridge?.heartbeat);
  useEffect(() => {
    if (!beat) return;
    beat();
    const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [beat]);
}
