import type { App, BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
// The spies come from @vitest/spy (what vi.fn is made of), not from vitest: main-bundle-stub.ts builds
// its whole stand-in Electron from these same fakes in a child process, where vitest is not running.
import { fn, type Mock } from '@vitest/spy';

/**
 * Stand-ins for the few Electron objects the shell touches. They are event emitters with spied
 * methods; the real 'electron' module is never loaded (requiring it here would try to download it).
 * Each spy is typed with Electron's own signature and each fake `satisfies` a Pick of Electron's type,
 * so a fake that drifts from Electron fails the type-check. These are the only Electron fakes: the unit
 * tests use them directly, and main-bundle-stub.ts (a whole stand-in 'electron' for the built main
 * bundle, in a child process) is assembled from them.
 */
let nextContentsId = 1;

export function fakeWebContents() {
  return Object.assign(new EventEmitter(), {
    id: nextContentsId++,
    setWindowOpenHandler: fn<WebContents['setWindowOpenHandler']>(),
    setVisualZoomLevelLimits: fn<WebContents['setVisualZoomLevelLimits']>(async () => undefined),
    setZoomLevel: fn<WebContents['setZoomLevel']>(),
    loadURL: fn<WebContents['loadURL']>(async () => undefined),
    forcefullyCrashRenderer: fn<WebContents['forcefullyCrashRenderer']>(),
    isDestroyed: fn<WebContents['isDestroyed']>(() => false),
    send: fn<WebContents['send']>(),
    getURL: fn<WebContents['getURL']>(() => 'app://kiosk/index.html'),
  } satisfies Pick<
    WebContents,
    | 'id'
    | 'send'
    | 'getURL'
    | 'setWindowOpenHandler'
    | 'setVisualZoomLevelLimits'
    | 'setZoomLevel'
    | 'loadURL'
    | 'forcefullyCrashRenderer'
    | 'isDestroyed'
  >);
}

export function fakeApp() {
  return Object.assign(new EventEmitter(), {
    relaunch: fn<App['relaunch']>(),
    exit: fn<App['exit']>(),
  } satisfies Pick<App, 'relaunch' | 'exit'>);
}

/** What Electron passes to listeners that can cancel: only preventDefault matters to the shell. */
export function fakeEvent<T extends object>(
  fields?: T,
): T & { preventDefault(): void; readonly defaultPrevented: boolean } {
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

/** A webContents that can also run the print page's ready check and print it to PDF. */
export function fakePrintContents() {
  return Object.assign(fakeWebContents(), {
    executeJavaScript: fn<(code: string) => Promise<unknown>>(async () => 'ready'),
    printToPDF: fn<WebContents['printToPDF']>(async () => Buffer.from('%PDF-1.7 fake sheet')),
  } satisfies Pick<WebContents, 'executeJavaScript' | 'printToPDF'>);
}

/**
 * A BrowserWindow class that records every window it makes, with the options it was given, and
 * whether it was destroyed. `makeContents` decides how each window's page behaves.
 */
export function fakeBrowserWindows<Contents extends object>(makeContents: () => Contents) {
  const created: FakeWindow<Contents>[] = [];
  class FakeBrowserWindow extends EventEmitter implements FakeWindow<Contents> {
    readonly options: BrowserWindowConstructorOptions;
    readonly webContents = makeContents();
    #destroyed = false;
    readonly destroy = fn(() => {
      this.#destroyed = true;
    });
    readonly isDestroyed = fn(() => this.#destroyed);
    readonly loadURL = fn<BrowserWindow['loadURL']>(async () => undefined);
    readonly isMinimized = fn<BrowserWindow['isMinimized']>(() => false);
    readonly restore = fn<BrowserWindow['restore']>();
    readonly show = fn<BrowserWindow['show']>();
    readonly focus = fn<BrowserWindow['focus']>();
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.options = options;
      created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, created };
}

export interface FakeWindow<Contents> extends Pick<
  BrowserWindow,
  'destroy' | 'isDestroyed' | 'loadURL' | 'isMinimized' | 'restore' | 'show' | 'focus'
> {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: Contents;
  readonly destroy: Mock<() => void>;
  readonly isDestroyed: Mock<() => boolean>;
  readonly loadURL: Mock<BrowserWindow['loadURL']>;
  readonly isMinimized: Mock<BrowserWindow['isMinimized']>;
  readonly restore: Mock<BrowserWindow['restore']>;
  readonly show: Mock<BrowserWindow['show']>;
  readonly focus: Mock<BrowserWindow['focus']>;
}
