/**
 * Electron only: the kiosk page says "still drawing" to the main process every few seconds. A page
 * whose React tree is gone (a blank screen) is alive as far as Chromium knows, so neither
 * 'render-process-gone' nor 'unresponsive' fires; a missing heartbeat is how the shell notices.
 * Plain constants, so the preload can import them without the zod contract.
 */
export const HEARTBEAT_CHANNEL = 'kiosk-shell:heartbeat';

/** How often the page beats. */
export const HEARTBEAT_INTERVAL_MS = 5_000;

/** How long the shell waits for a beat (after a load finished, or after the last beat) before reloading. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;
