import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * Stand-ins for the few Electron objects the shell touches. They are event emitters with spied
 * methods; the real 'electron' module is never loaded (requiring it here would try to download it).
 */
export function fakeWebContents() {
  return Object.assign(new EventEmitter(), {
    setWindowOpenHandler: vi.fn(),
    setVisualZoomLevelLimits: vi.fn(async () => undefined),
    setZoomLevel: vi.fn(),
    loadURL: vi.fn(async () => undefined),
    forcefullyCrashRenderer: vi.fn(),
    isDestroyed: vi.fn(() => false),
  });
}

export function fakeApp() {
  return Object.assign(new EventEmitter(), {
    relaunch: vi.fn(),
    exit: vi.fn(),
  });
}

/** What Electron passes to listeners that can cancel: only preventDefault matters to the shell. */
export function fakeEvent<T extends object>(fields?: T): T & { preventDefault(): void; readonly defaultPrevented: boolean } {
  const state = { prevented: false };
  const event = {
    preventDefault() {
      state.prevented = true;
    },
    get defaultPrevented() {
      return state.prevented;
    },
  };
  return Object.defineProperties(event, Object.getOwnPropertyDescriptors(fields ?? {})) as T & typeof event;
}
