import type {
  App,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  IpcMainInvokeEvent,
  Menu,
  Net,
  PowerSaveBlocker,
  Protocol,
  Session,
} from 'electron';
import { EventEmitter } from 'node:events';
import Module from 'node:module';
import { fakeApp, fakeBrowserWindows, fakeWebContents } from './fakes.ts';

/**
 * The stand-in for 'electron' that main-bundle.test.ts preloads (node --require) before the built
 * main.cjs. Its app, windows and web contents are the unit tests' own fakes (fakes.ts), with a few
 * more members the whole start-up needs; all checked against Electron's own types, so a change in how
 * the shell calls Electron shows up as a type error. Bundled to CommonJS by esbuild when the test runs.
 * It records every call, waits until start-up has settled (a window loaded, or the app quit or exited),
 * pokes the IPC and app:// handlers, then prints { calls, results } as JSON.
 */
type Call = { name: string; detail?: unknown };
const calls: Call[] = [];
const record = (name: string, detail?: unknown) => void calls.push(detail === undefined ? { name } : { name, detail });

let resolveReady = (): void => undefined;
const ready = new Promise<void>((resolve) => (resolveReady = resolve));
const paths: Record<string, string> = { appData: process.env.STUB_APP_DATA ?? '' };

const app = Object.assign(fakeApp(), {
  isPackaged: true,
  getPath: (name: Parameters<App['getPath']>[0]) => paths[name] ?? '',
  setPath: (name: string, value: string) => {
    paths[name] = value;
    record('setPath', { name, value });
  },
  requestSingleInstanceLock: () => {
    record('lock');
    return process.env.STUB_LOCK !== '0';
  },
  quit: () => record('quit'),
  whenReady: () => {
    record('whenReady');
    return ready;
  },
  getAppPath: () => process.env.STUB_APP_ROOT ?? '',
} satisfies Pick<
  App,
  'isPackaged' | 'getPath' | 'setPath' | 'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'getAppPath'
>);
app.exit.mockImplementation((code?: number) => record('exit', code));
app.relaunch.mockImplementation(() => record('relaunch'));

function webContents() {
  const contents = fakeWebContents();
  contents.setWindowOpenHandler.mockImplementation(() => record('setWindowOpenHandler'));
  return contents;
}

const { BrowserWindow: FakeBrowserWindow } = fakeBrowserWindows(webContents);
/** The fake window, recording what start-up asks of it; it throws when the test says there is no display. */
class BrowserWindow extends FakeBrowserWindow {
  constructor(options: BrowserWindowConstructorOptions) {
    if (process.env.STUB_WINDOW_THROWS === '1') throw new Error('no display');
    super(options);
    record('BrowserWindow', options);
    this.loadURL.mockImplementation(async (url: string) => {
      record('loadURL', url);
    });
    app.emit('web-contents-created', {}, this.webContents);
  }
}

type InvokeHandler = (event: IpcMainInvokeEvent, request: unknown) => unknown;
const ipc: Record<string, InvokeHandler> = {};
const schemes: Record<string, (request: Request) => Response | Promise<Response>> = {};

const electron = {
  app,
  BrowserWindow,
  dialog: {
    showErrorBox: (title: string, message: string) => record('showErrorBox', { title, message }),
  } satisfies Pick<Dialog, 'showErrorBox'>,
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => {
      ipc[channel] = handler;
      record('ipcMain.handle', channel);
    },
    on: (channel: string) => record('ipcMain.on', channel),
  } satisfies Pick<IpcMain, 'handle'> & { on: (channel: string) => void },
  Menu: { setApplicationMenu: (menu: Menu | null) => record('setApplicationMenu', menu) } satisfies Pick<
    typeof Menu,
    'setApplicationMenu'
  >,
  net: { fetch: async () => new Response('') } satisfies Pick<Net, 'fetch'>,
  powerSaveBlocker: {
    start: (type: Parameters<PowerSaveBlocker['start']>[0]) => {
      record('powerSaveBlocker.start', type);
      return 1;
    },
  } satisfies Pick<PowerSaveBlocker, 'start'>,
  protocol: {
    registerSchemesAsPrivileged: (privileged: Parameters<Protocol['registerSchemesAsPrivileged']>[0]) =>
      record('registerSchemesAsPrivileged', privileged),
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      schemes[scheme] = handler;
      record('protocol.handle', scheme);
    },
  } satisfies Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>,
  session: {
    defaultSession: Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: () => record('setPermissionRequestHandler'),
      setPermissionCheckHandler: () => record('setPermissionCheckHandler'),
      setDevicePermissionHandler: () => record('setDevicePermissionHandler'),
      webRequest: { onBeforeRequest: () => record('onBeforeRequest') },
    } satisfies Pick<
      Session,
      'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
    > & { webRequest: { onBeforeRequest: () => void } }),
  },
};

const processOn = process.on.bind(process);
process.on = ((event: string, listener: (...args: unknown[]) => void) => {
  if (event === 'uncaughtException' || event === 'unhandledRejection') record('process.on', event);
  return processOn(event, listener);
}) as typeof process.on;

// Module._load is Node's internal loader: the one place to answer require('electron') for the bundle.
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
  if (request === 'pdf-to-printer') record('require', request);
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
console.error = () => undefined;
console.warn = () => undefined;

/** Start-up has settled once a page was loaded (the kiosk or its error screen) or the app gave up. */
const settled = () => calls.some((call) => call.name === 'loadURL' || call.name === 'exit' || call.name === 'quit');

async function report(): Promise<void> {
  // After main.cjs has run its synchronous top level: it is required right after this file.
  record('ready');
  resolveReady();
  // A state, not a delay: however many awaits start() gains, this waits for what it ends in.
  while (!settled()) await new Promise((resolve) => setImmediate(resolve));
  const results: Record<string, unknown> = {};
  results.listeners = {
    uncaughtException: process.listenerCount('uncaughtException'),
    unhandledRejection: process.listenerCount('unhandledRejection'),
    webContentsCreated: app.listenerCount('web-contents-created'),
  };
  const listLocales = ipc['kiosk:listLocales'];
  if (listLocales) {
    const fromFrame = (url: string) => ({ senderFrame: { url }, sender: { id: 1 } }) as unknown as IpcMainInvokeEvent;
    results.fromKiosk = await listLocales(fromFrame('app://kiosk/index.html'), {});
    results.fromElsewhere = await listLocales(fromFrame('https://evil.example/'), {});
    // A staff call from the kiosk page itself, without a staff session.
    results.staffWithoutToken = await ipc['kiosk:getHealth']?.(fromFrame('app://kiosk/index.html'), {});
  }
  const appScheme = schemes.app;
  if (appScheme) {
    const response = await appScheme(new Request('app://kiosk/..%2f..%2fpackage.json'));
    results.traversal = { status: response.status, csp: response.headers.get('Content-Security-Policy') };
  }
  app.emit('will-quit');
  process.stdout.write(JSON.stringify({ calls, results }));
}
setImmediate(() => void report());
