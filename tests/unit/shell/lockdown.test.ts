import type { App, BrowserWindow, Menu, Session, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCloseGuard,
  denyForeignNavigation,
  isBlockedInput,
  isBlockedRequestUrl,
  setupCloseGuard,
  setupNoMenu,
  setupPageLockdown,
  setupGuardsOnEveryPage,
  setupSessionLockdown,
  type KeyInput,
} from '../../../electron/shell/lockdown.ts';
import { fakeApp, fakeEvent, fakeWebContents } from './fakes.ts';

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** "Ctrl+Shift+I" -> the input Electron reports for it with a US layout. */
function press(shortcut: string): KeyInput {
  const plusKey = shortcut.endsWith('++');
  const parts = (plusKey ? shortcut.slice(0, -2) : shortcut).split('+').filter((part) => part !== '');
  const key = plusKey ? '+' : (parts.pop() ?? '');
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key;
  return {
    key,
    code,
    control: mods.has('ctrl'),
    meta: mods.has('cmd'),
    alt: mods.has('alt'),
    shift: mods.has('shift'),
  };
}

describe('input filter', () => {
  it.each([
    'F5',
    'F11',
    'F12',
    'Shift+F5',
    'Ctrl+F5',
    'Ctrl+R',
    'Ctrl+r',
    'Ctrl+Shift+R',
    'Cmd+R',
    'Ctrl+W',
    'Ctrl+Shift+W',
    'Ctrl+F4',
    'Alt+F4',
    'Ctrl+Q',
    'Ctrl+Shift+I',
    'Ctrl+Shift+J',
    'Ctrl+Shift+C',
    'Ctrl+Shift+i',
    'Ctrl+P',
    'Ctrl+Shift+P',
    'Ctrl+=',
    'Ctrl+-',
    'Ctrl+0',
    'Ctrl+Shift++',
    'Ctrl+Shift+_',
  ])('blocks %s', (shortcut) => {
    expect(isBlockedInput(press(shortcut))).toBe(true);
  });

  it('blocks the numpad zoom keys and browser keys', () => {
    expect(isBlockedInput({ ...press('Ctrl++'), code: 'NumpadAdd' })).toBe(true);
    expect(isBlockedInput({ ...press('Ctrl+-'), code: 'NumpadSubtract' })).toBe(true);
    expect(isBlockedInput({ ...press('Ctrl+0'), code: 'Numpad0' })).toBe(true);
    expect(isBlockedInput(press('BrowserRefresh'))).toBe(true);
    expect(isBlockedInput(press('BrowserBack'))).toBe(true);
  });

  it('reads the physical key, so Ctrl+R is blocked on a Korean layout too', () => {
    expect(isBlockedInput({ ...press('Ctrl+R'), key: 'ㄱ' })).toBe(true);
    expect(isBlockedInput({ ...press('Ctrl+Shift+I'), key: 'ㅑ' })).toBe(true);
  });

  it.each([
    'a',
    'Shift+A',
    'r',
    'R',
    'w',
    'p',
    '0',
    '-',
    '=',
    'Enter',
    'Backspace',
    'Tab',
    'Shift+Tab',
    ' ',
    'Escape',
    'ArrowLeft',
    'F4',
    'Alt+A',
    'Ctrl+C',
    'Ctrl+V',
    'Ctrl+X',
    'Ctrl+A',
    'Ctrl+Z',
    'Ctrl+I',
    'Ctrl+J',
  ])('lets %s through', (shortcut) => {
    expect(isBlockedInput(press(shortcut))).toBe(false);
  });

  it('lets typing in other scripts through', () => {
    for (const key of ['你', 'ㄱ', 'ق', 'ñ', 'ệ']) {
      expect(isBlockedInput({ key, code: 'KeyR', control: false, meta: false, alt: false, shift: false })).toBe(false);
    }
  });
});

describe('navigation guard', () => {
  it.each(['app://kiosk/index.html', 'app://kiosk/', 'app://kiosk/index.html#help', 'app://KIOSK/index.html'])(
    'allows %s',
    (url) => {
      const event = fakeEvent({ url });
      expect(denyForeignNavigation(event)).toBe(false);
      expect(event.defaultPrevented).toBe(false);
    },
  );

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://kiosk.evil.example/',
    'app://kiosk@evil.example/',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('denies %s', (url) => {
    const event = fakeEvent({ url });
    expect(denyForeignNavigation(event)).toBe(true);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('page lockdown wiring', () => {
  function lockedPage() {
    const contents = fakeWebContents();
    setupPageLockdown(contents as unknown as WebContents);
    return contents;
  }

  it('drops blocked keys before the page or any menu sees them', () => {
    const contents = lockedPage();
    const reload = fakeEvent();
    contents.emit('before-input-event', reload, press('Ctrl+R'));
    expect(reload.defaultPrevented).toBe(true);
    const typing = fakeEvent();
    contents.emit('before-input-event', typing, press('a'));
    expect(typing.defaultPrevented).toBe(false);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('guards %s', (eventName) => {
    const contents = lockedPage();
    const away = fakeEvent({ url: 'https://example.com/' });
    contents.emit(eventName, away);
    expect(away.defaultPrevented).toBe(true);
    const home = fakeEvent({ url: 'app://kiosk/index.html' });
    contents.emit(eventName, home);
    expect(home.defaultPrevented).toBe(false);
  });

  it('denies every window.open', () => {
    const contents = lockedPage();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses webviews and ignores beforeunload traps', () => {
    const contents = lockedPage();
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.com' });
    expect(webview.defaultPrevented).toBe(true);
    const unload = fakeEvent();
    contents.emit('will-prevent-unload', unload);
    expect(unload.defaultPrevented).toBe(true);
  });

  it('pins zoom: Ctrl+wheel is undone and pinch zoom is limited on every load', () => {
    const contents = lockedPage();
    contents.emit('zoom-changed', fakeEvent(), 'in');
    expect(contents.setZoomLevel).toHaveBeenLastCalledWith(0);
    contents.emit('did-finish-load');
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });

  it('removes the application menu', () => {
    const setApplicationMenu = vi.fn();
    setupNoMenu({ setApplicationMenu } as unknown as typeof Menu);
    expect(setApplicationMenu).toHaveBeenCalledWith(null);
  });
});

describe('guards on every page (web-contents-created)', () => {
  function everyPageGuarded() {
    const app = fakeApp();
    setupGuardsOnEveryPage(app as unknown as App);
    const created = () => {
      const contents = fakeWebContents();
      app.emit('web-contents-created', fakeEvent(), contents);
      return contents;
    };
    return { created };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'keeps a page the shell never made from leaving app://kiosk (%s)',
    (eventName) => {
      const contents = everyPageGuarded().created();
      const away = fakeEvent({ url: 'https://example.com/' });
      contents.emit(eventName, away);
      expect(away.defaultPrevented).toBe(true);
      const home = fakeEvent({ url: 'app://kiosk/print.html' });
      contents.emit(eventName, home);
      expect(home.defaultPrevented).toBe(false);
    },
  );

  it('denies its window.open and its webviews', () => {
    const contents = everyPageGuarded().created();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.com' });
    expect(webview.defaultPrevented).toBe(true);
  });

  it('guards the kiosk window once, though both the global hook and its own lockdown reach it', () => {
    const contents = everyPageGuarded().created();
    setupPageLockdown(contents as unknown as WebContents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    // The rest of the window lockdown still applies.
    const reload = fakeEvent();
    contents.emit('before-input-event', reload, press('Ctrl+R'));
    expect(reload.defaultPrevented).toBe(true);
  });
});

describe('session lockdown', () => {
  function lockedSession() {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    });
    setupSessionLockdown(session as unknown as Session);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = lockedSession();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'display-capture',
      'fullscreen',
      'openExternal',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check(null, 'media', 'app://kiosk', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that would leave the machine and lets app:// and file: through', () => {
    const session = lockedSession();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const cancelled = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    for (const url of ['https://example.com/', 'http://127.0.0.1/', 'ws://x/', 'wss://x/', 'ftp://x/'])
      expect(cancelled(url)).toBe(true);
    for (const url of [
      'app://kiosk/index.html',
      'file:///opt/app/dist/renderer/index.html',
      'data:image/png;base64,AA==',
    ]) {
      expect(cancelled(url)).toBe(false);
    }
    expect(isBlockedRequestUrl('::not a url::')).toBe(true);
  });

  it('refuses downloads', () => {
    const session = lockedSession();
    const download = fakeEvent();
    session.emit('will-download', download, {}, {});
    expect(download.defaultPrevented).toBe(true);
  });
});

describe('close guard', () => {
  function guarded() {
    const app = fakeApp();
    const window = new EventEmitter();
    const guard = setupCloseGuard(app as unknown as App, window as unknown as BrowserWindow);
    return { app, window, guard };
  }

  it('refuses to close the window (Alt+F4, a compositor close) while no quit is under way', () => {
    const { window } = guarded();
    const close = fakeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
  });

  it('lets the window close once the staff-quit flag is set', () => {
    const { window, guard } = guarded();
    guard.allowClose();
    const close = fakeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(false);
  });

  it('lets a real quit (app.quit from staff, OS shutdown or SIGTERM) through', () => {
    const { app, window } = guarded();
    app.emit('before-quit', fakeEvent());
    const close = fakeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(false);
  });

  it('starts closed', () => {
    expect(createCloseGuard().closeAllowed).toBe(false);
  });
});
