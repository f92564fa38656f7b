import type { Server } from 'node:http';
import type { Kiosk, KioskOptions } from '../core/create-core.ts';
import { failureLogLine, openWithRetry, type Unavailable } from '../core/startup-retry.ts';
import { createNewsRoute } from './news-route.ts';
import { createWebServer, listen } from './server.ts';

export interface BrowserShellOptions {
  dataDir: string;
  appRoot: string;
  rendererDir: string;
  port: number;
  createKiosk: (options: KioskOptions) => Kiosk;
  /** setTimeout in the real shell (unref'd: a pending retry never keeps a stopping process alive). */
  schedule?: (run: () => void, ms: number) => void;
  now?: () => number;
  log?: (message: string) => void;
  logError?: (message: string) => void;
}

export interface BrowserShell {
  server: Server;
  port: number;
  /** The core, once it has started. */
  kiosk(): Kiosk | undefined;
  close(): void;
}

/**
 * The browser shell: serves dist/renderer and /api/<call> on loopback. When the core cannot start it
 * does not exit: it serves the plain error page (503) on every route and tries again with back-off,
 * then serves the kiosk as soon as the core starts.
 */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string) => console.log(m));
  const logError = options.logError ?? ((m: string) => console.error(m));
  const schedule = options.schedule ?? ((run, ms) => void setTimeout(run, ms).unref());
  let kiosk: Kiosk | undefined;
  let down: { message: string; nextTryAt: number } | undefined;

  const news = createNewsRoute({ subscribe: (listener) => kiosk?.news.subscribe(listener) });
  const server = createWebServer({
    news,
    rendererDir: options.rendererDir,
    dispatch: (call, payload, from) => {
      if (!kiosk) throw new Error('The core is not running.');
      return kiosk.dispatch(call, payload, from);
    },
    unavailable: () =>
      kiosk || !down ? undefined : { message: down.message, retryInMs: Math.max(0, down.nextTryAt - now()) },
  });

  const onUnavailable = (state: Unavailable): void => {
    down = { message: state.message, nextTryAt: now() + state.retryInMs };
    // The log gets the cause (a bug's whole stack), once per try; the page gets one sentence.
    logError(failureLogLine(state));
  };
  const retry = openWithRetry({
    open: () => options.createKiosk({ dataDir: options.dataDir, appRoot: options.appRoot }),
    onReady: (opened) => {
      kiosk = opened;
      if (down) log('SafeCall Kiosk started after all; the kiosk is serving visitors again.');
      down = undefined;
    },
    onUnavailable,
    schedule,
  });

  let port: number;
  try {
    port = await listen(server, options.port);
  } catch (error) {
    retry.stop();
    kiosk?.close();
    throw error;
  }
  return {
    server,
    port,
    kiosk: () => kiosk,
    close() {
      retry.stop();
      // Open news streams would hold the server open: each page's EventSource is ended first.
      news.closeAll();
      server.close();
      kiosk?.close();
    },
  };
}
