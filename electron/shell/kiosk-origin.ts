/** The kiosk's one origin: pages are served from it, and IPC senders and navigations are checked against it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const KIOSK_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const KIOSK_START_URL = `${KIOSK_ORIGIN}/index.html`;

/**
 * Parsed, never prefix-matched: "app://kiosk.evil/" and "app://kiosk@evil/" both start with the origin
 * but are not it. Node reports URL.origin as "null" for schemes it does not know, so the parts are
 * compared instead.
 */
export function isKioskUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
