import type { App, BrowserWindow, Input, Menu, Session, WebContents } from 'electron';
import { isKioskUrl } from './kiosk-origin.ts';

/* ---------- menu ---------- */

/** Reload, force-reload and DevTools accelerators only exist through menu roles: no menu, no shortcuts. */
export function setupNoMenu(menu: Pick<typeof Menu, 'setApplicationMenu'>): void {
  menu.setApplicationMenu(null);
}

/* ---------- keyboard ---------- */

export type KeyInput = Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Refresh, full-screen toggle and DevTools, whatever modifiers come with them. */
const ALWAYS_BLOCKED = new Set(['F5', 'F11', 'F12', 'BrowserRefresh', 'BrowserBack', 'BrowserForward', 'BrowserHome']);
/** With Ctrl (Cmd): reload, close, print, quit, close-tab. */
const CTRL_BLOCKED_LETTERS = new Set(['R', 'W', 'P', 'Q']);
/** With Ctrl+Shift: the three DevTools openers. */
const CTRL_SHIFT_BLOCKED_LETTERS = new Set(['I', 'J', 'C']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

/**
 * The letter a shortcut means. `code` names the physical key, so Ctrl+R still reads as R on a Korean
 * or Arabic layout where `key` is "ㄱ" or "ق"; `key` covers layouts that move the letter.
 */
function lettersOf(input: KeyInput): string[] {
  const letters: string[] = [];
  const fromCode = /^Key([A-Z])$/.exec(input.code)?.[1];
  if (fromCode) letters.push(fromCode);
  if (input.key.length === 1) letters.push(input.key.toUpperCase());
  return letters;
}

/** True for the browser and window shortcuts a visitor must not reach; ordinary typing passes. */
export function isBlockedInput(input: KeyInput): boolean {
  if (ALWAYS_BLOCKED.has(input.key) || ALWAYS_BLOCKED.has(input.code)) return true;
  const isF4 = input.key === 'F4' || input.code === 'F4';
  if (input.alt && isF4) return true;

  const ctrl = input.control || input.meta;
  if (!ctrl) return false;
  if (isF4) return true;
  if (ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code)) return true;
  const letters = lettersOf(input);
  if (letters.some((letter) => CTRL_BLOCKED_LETTERS.has(letter))) return true;
  return input.shift && letters.some((letter) => CTRL_SHIFT_BLOCKED_LETTERS.has(letter));
}

/* ---------- window and page ---------- */

interface Preventable {
  preventDefault(): void;
}
interface NavigationAttempt extends Preventable {
  url: string;
}

/** Denies any navigation that would leave app://kiosk; returns whether it was denied. */
export function denyForeignNavigation(attempt: NavigationAttempt): boolean {
  if (isKioskUrl(attempt.url)) return false;
  attempt.preventDefault();
  console.warn(`Navigation to ${attempt.url} blocked`);
  return true;
}

type GuardableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type LockableContents = GuardableContents & Pick<WebContents, 'setVisualZoomLevelLimits' | 'setZoomLevel'>;

/** Each page is guarded once, however many of the paths below reach it. */
const guarded = new WeakSet<GuardableContents>();

/** No leaving app://kiosk, no new windows, no webviews: for any page at all. */
export function setupNavigationGuards(contents: GuardableContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event) => denyForeignNavigation(event));
  contents.on('will-frame-navigate', (event) => denyForeignNavigation(event));
  contents.on('will-redirect', (event) => denyForeignNavigation(event));
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`window.open(${url}) denied`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Defence in depth (audit L8): the guards go on every page Electron creates, not only on the windows
 * the shell made itself, so a page nobody thought of (a future window, a guest, a DevTools-opened
 * child) cannot navigate away or open windows either. Must run before the first window is created.
 */
export function setupGuardsOnEveryPage(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => setupNavigationGuards(contents));
}

export function setupPageLockdown(contents: LockableContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedInput(input)) event.preventDefault();
  });
  setupNavigationGuards(contents);
  // A page that blocks beforeunload would make reloads and staff quits fail silently.
  contents.on('will-prevent-unload', (event) => event.preventDefault());
  // Ctrl+wheel arrives here rather than as input; pinning the level undoes any zoom it asked for.
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  contents.on('did-finish-load', () => {
    contents.setZoomLevel(0);
    // Pinch zoom is off by default; pinned again on every load because a display change once re-enabled it.
    contents
      .setVisualZoomLevelLimits(1, 1)
      .catch((error: unknown) => console.warn('setVisualZoomLevelLimits failed', error));
  });
}

/* ---------- session ---------- */

/** The kiosk is offline: nothing may leave the machine, whatever the page or a bug asks for. */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * file: is not on this list because the app:// handler itself reads the build through net.fetch(file:),
 * which passes these same webRequest hooks; the page cannot reach file: anyway (CSP, the navigation
 * guard, and the GrantFileProtocolExtraPrivileges fuse).
 */
export function isBlockedRequestUrl(url: string): boolean {
  try {
    return NETWORK_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

type LockableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest' | 'on'
>;

/** Electron grants every permission unless told otherwise; the kiosk needs none. */
export function setupSessionLockdown(session: LockableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`Permission ${permission} denied`);
    callback(false);
  });
  // Without this, navigator.permissions.query() still answers "granted" (electron/electron#19891).
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isBlockedRequestUrl(details.url);
    if (cancel) console.warn(`Request to ${details.url} blocked`);
    callback({ cancel });
  });
  session.on('will-download', (event) => event.preventDefault());
}

/* ---------- close guard ---------- */

export interface CloseGuard {
  readonly closeAllowed: boolean;
  /** The staff-quit flag: after this, closing the window is no longer refused. */
  allowClose(): void;
}

export function createCloseGuard(): CloseGuard {
  let allowed = false;
  return {
    get closeAllowed() {
      return allowed;
    },
    allowClose() {
      allowed = true;
    },
  };
}

/**
 * Alt+F4 and compositor close requests have slipped past closable:false before (electron/electron#13910),
 * so the window refuses to close. A real quit (staff, OS shutdown, SIGTERM from systemd) goes through
 * app.quit(), whose 'before-quit' comes first and lifts the guard; app.exit() skips close events.
 */
export function setupCloseGuard(
  app: Pick<App, 'on'>,
  window: Pick<BrowserWindow, 'on'>,
  guard: CloseGuard = createCloseGuard(),
): CloseGuard {
  app.on('before-quit', () => guard.allowClose());
  window.on('close', (event) => {
    if (!guard.closeAllowed) event.preventDefault();
  });
  return guard;
}
