import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { PrintFailed } from '../../../electron/shell/print/print-failed.ts';
import { expect, vi, type Mock } from 'vitest';

/**
 * Stand-ins for the few Electron objects the shell touches. They are event emitters with spied
 * methods; the real 'electron' module is never loaded (requiring it here would try to download it).
 */
let nextContentsId = 1;

export function fakeWebContents() {
  return Object.assign(new EventEmitter(), {
    id: nextContentsId++,
    setWindowOpenHandler: vi.fn(),
    setVisualZoomLevelLimits: vi.fn(async () => undefined),
    setZoomLevel: vi.fn(),
    loadURL: vi.fn(async (_url: string): Promise<void> => undefined),
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

/** A webContents that can also run the print page's ready check and print it to PDF. */
export function fakePrintContents() {
  return Object.assign(fakeWebContents(), {
    executeJavaScript: vi.fn(async (_code: string): Promise<unknown> => 'ready'),
    printToPDF: vi.fn(async (_options: PrintToPDFOptions): Promise<Buffer> => Buffer.from('%PDF-1.7 fake sheet')),
  });
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
    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options;
      created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, created };
}

export interface FakeWindow<Contents> {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: Contents;
  readonly destroy: Mock<() => void>;
  readonly isDestroyed: Mock<() => boolean>;
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
