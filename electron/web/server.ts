import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Dispatch } from '../core/dispatch.ts';
import { pageFile } from '../core/page-routes.ts';
import { SECURITY_HEADERS } from '../core/security-headers.ts';
import { NEWS_ROUTE } from '../../shared/news-names.ts';
import { handleApi } from './api-route.ts';
import type { NewsRoute } from './news-route.ts';
import { sendUnavailable } from './unavailable-route.ts';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** While the core cannot start, why and when it is tried again: every route then answers 503. */
  unavailable?: () => { message: string; retryInMs: number } | undefined;
  /** GET /api/news, the core's news as server-sent events (news-route.ts); 404 without it. */
  news?: NewsRoute;
}

/**
 * Only requests addressed to this machine by name or loopback address are served. A browser sends
 * the Host it thinks it is talking to, so this turns away DNS-rebinding pages; a cross-site page's
 * POST carries a foreign Origin and is refused, so no other site can write to the visit log.
 */
function isLocalRequest(req: IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (!['127.0.0.1', 'localhost', '::1'].includes(hostname)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Vite names every file under /assets/ by a hash of its content, so a name never changes meaning: a year
 * and `immutable` spare the revalidation. The pages (index.html, the print page) keep their names across
 * updates and point at the new hashed files, so a browser must always ask again (`no-cache` still uses
 * the ETag): a page kept from before an update would point at assets that are gone, a blank kiosk.
 */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The static files are read-only: only reading methods are served. */
const STATIC_METHODS = ['GET', 'HEAD'];

/**
 * Limits for slow or stalled clients. The API's bodies are under 64 KiB and the page's requests are
 * small, so a request that takes 15 s to arrive is stalled or hostile: Node's default of 300 s let slow
 * bodies hold connections for minutes (audit L6). Node checks these limits on a timer (30 s by default),
 * so it runs every second here, or a 15 s limit could take 45 s.
 */
export const SERVER_LIMITS = {
  requestTimeout: 15_000,
  // Headers come first and are tiny; Node requires this at most requestTimeout.
  headersTimeout: 10_000,
  connectionsCheckingInterval: 1_000,
  // One kiosk page opens a handful of connections (Chromium: six per host); this bounds what a local
  // process can hold open, with room for a staff browser and the tests' parallel pages.
  maxConnections: 128,
  // Node closes an idle keep-alive connection after 5 s; a client that reuses it at that moment gets a
  // reset POST (seen with Playwright's request client on a busy machine). The only clients are on
  // this machine, so idle connections may stay open as long as a browser keeps them. Idle connections
  // are not subject to headersTimeout (it counts from a request's first byte), so this may exceed it.
  keepAliveTimeout: 55_000,
} as const;

export function createWebServer(options: WebServerOptions): Server {
  const assets = sirv(options.rendererDir, {
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      res.setHeader('Cache-Control', cacheControlFor(pathname));
    },
  });

  const { maxConnections, keepAliveTimeout, ...timeouts } = SERVER_LIMITS;
  const server = createServer({ ...timeouts, keepAliveTimeout }, (req: IncomingMessage, res: ServerResponse) => {
    if (!isLocalRequest(req)) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          code: 'forbidden',
          message: 'This server only answers pages it served itself on this machine.',
        }),
      );
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const down = options.unavailable?.();
    if (down) return sendUnavailable(req, res, path, down);
    if (path === NEWS_ROUTE && options.news) return options.news.handle(req, res);
    if (path === '/api' || path.startsWith('/api/')) {
      // Call names are plain letters, so the path is never URL-decoded: a malformed escape such as
      // /api/%E0 is simply an unknown call, not an exception that could stop the server.
      const call = /^\/api\/([A-Za-z]+)$/.exec(path)?.[1] ?? '';
      // handleApi answers its own failures; anything it did not foresee must not stop the whole shell.
      handleApi(req, res, call, options.dispatch).catch((error: unknown) => {
        console.error('SafeCall browser shell: an API request failed unexpectedly', error);
        if (res.headersSent) res.destroy();
        else res.writeHead(500).end();
      });
      return;
    }
    if (!STATIC_METHODS.includes(req.method ?? '')) {
      res.writeHead(405, {
        ...SECURITY_HEADERS,
        Allow: STATIC_METHODS.join(', '),
        'Content-Type': 'text/plain; charset=utf-8',
      });
      res.end('Method not allowed');
      return;
    }
    const file = pageFile(path);
    if (file !== path) req.url = `${file}${(req.url ?? '').slice(path.length)}`;
    assets(req, res, () => {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  });
  server.maxConnections = maxConnections;
  return server;
}

/** Listens on 127.0.0.1 only: the kiosk is never reachable from the centre's network. */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
