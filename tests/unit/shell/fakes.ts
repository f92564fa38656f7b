import type { App, BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { PrintFailed } from '../../../electron/shell/print/print-failed.ts';
import { expect, vi, type Mock } from 'vitest';

/**
 * Stand-ins for the few Electron objects the shell touches. They are event emitters with spied
 * methods; the real 'electron' module is never loaded (requiring it here would try to download it).
 * Each spy is typed with Electron's own signature and each fake `satisfies` a Pick of Electron's type,
 * so a fake that drifts from Electron fails the type-check. (main-bundle-stub.ts is the stand-in for a
 * whole Electron in a child process, where there are no vitest spies; it is checked the same way.)
 */
let nextContentsId = 1;

export function fakeWebContents() {
  return Object.assign(new EventEmitter(), {
    id: nextContentsId++,
    setWindowOpenHandler: vi.fn<WebContents['setWindowOpenHandler']>(),
    setVisualZoomLevelLimits: vi.fn<WebContents['setVisualZoomLevelLimits']>(async () => undefined),
    setZoomLevel: vi.fn<WebContents['setZoomLevel']>(),
    loadURL: vi.fn<WebContents['loadURL']>(async () => undefined),
    forcefullyCrashRenderer: vi.fn<WebContents['forcefullyCrashRenderer']>(),
    isDestroyed: vi.fn<WebContents['isDestroyed']>(() => false),
  } satisfies Pick<
    WebContents,
    | 'id'
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
    relaunch: vi.fn<App['relaunch']>(),
    exit: vi.fn<App['exit']>(),
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
    executeJavaScript: vi.fn<(code: string) => Promise<unknown>>(async () => 'ready'),
    printToPDF: vi.fn<WebContents['printToPDF']>(async () => Buffer.from('%PDF-1.7 fake sheet')),
  } satisfies Pick<WebContents, 'executeJavaScript' | 'printToPDF'>);
}

/**
 * A BrowserWindow class that records every window it makes, with the options it was given, and
 * whether it was destroyed. `makeContents` decides how each window's page behaves.
 */
export function fakeBrowserWindows<Contents extends object>(makeContents: () => Contents) {
  const created: FakeWindow<Contents>[] = [];
  class FakeBrowserWindow implements FakeWindow<Contents> {
    readonly options: BrowserWindowConstructorOptions;
    readonly webContents = makeContents();
    #destroyed = false;
    readonly destroy = vi.fn(() => {
      this.#destroyed = true;
    });
    readonly isDestroyed = vi.fn(() => this.#destroyed);
    readonly loadURL = vi.fn<BrowserWindow['loadURL']>(async () => undefined);
    readonly isMinimized = vi.fn<BrowserWindow['isMinimized']>(() => false);
    readonly restore = vi.fn<BrowserWindow['restore']>();
    readonly show = vi.fn<BrowserWindow['show']>();
    readonly focus = vi.fn<BrowserWindow['focus']>();
    constructor(options: BrowserWindowConstructorOptions) {
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

/** Waits for a print step to fail and returns its PrintFailed: a step that succeeds fails the test. */
export async function printFailure(promise: Promise<unknown>): Promise<PrintFailed> {
  const error = await promise.then(
    () => new Error('expected the print step to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PrintFailed);
  return error as PrintFailed;
}
