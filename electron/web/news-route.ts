import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NewsListener } from '../core/news/news-emitter.ts';
import { SECURITY_HEADERS } from '../core/security-headers.ts';
import { NEWS_PAGE_PARAM } from '../../shared/news-names.ts';
import { PAGE_ID_PATTERN } from '../../shared/staff.ts';

/**
 * A comment line this often keeps the stream visibly alive: a connection that carries nothing for minutes
 * can be dropped by something between page and server, and a write to a page that went away without
 * a word fails, which is how its listener is let go.
 */
export const NEWS_HEARTBEAT_MS = 25_000;

/** How long the browser waits before it opens the stream again after losing it (the shell restarted). */
export const NEWS_RETRY_MS = 3_000;

export interface NewsRouteOptions {
  /** The core's news; undefined while the core is not running. */
  subscribe: (listener: NewsListener) => (() => void) | undefined;
  heartbeatMs?: number;
  setInterval?: (run: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export interface NewsRoute {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open stream: the shell is closing, and a stream would keep the server open for ever. */
  closeAll(): void;
}

/**
 * `GET /api/news`: the core's news as server-sent events, one stream per page, each event named for its
 * news (`event: printerStatus`) with its payload as JSON; news for one page only to the stream opened
 * with its id (`?page=`). The page's EventSource opens it, and it stays
 * open until the page goes away: then the core's listener and the heartbeat go with it.
 */
/**
 * The page a stream is for, as the core names callers (`page:<id>`, as api-route.ts does from the
 * header): from `?page=`, since EventSource cannot send headers. Missing or malformed, it is no page's.
 */
export function streamCallerOf(req: IncomingMessage): string | undefined {
  const query = (req.url ?? '').split('?')[1] ?? '';
  const page = new URLSearchParams(query).get(NEWS_PAGE_PARAM);
  return page !== null && PAGE_ID_PATTERN.test(page) ? `page:${page}` : undefined;
}

export function createNewsRoute(options: NewsRouteOptions): NewsRoute {
  const heartbeatMs = options.heartbeatMs ?? NEWS_HEARTBEAT_MS;
  const every = options.setInterval ?? ((run, ms) => setInterval(run, ms));
  const stopEvery = options.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout));
  const open = new Set<ServerResponse>();

  return {
    handle(req, res) {
      if (req.method !== 'GET') {
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Use GET: this is a stream of server-sent events.');
        return;
      }
      const write = (text: string) => {
        if (!res.writableEnded && !res.destroyed) res.write(text);
      };
      const caller = streamCallerOf(req);
      const unsubscribe = options.subscribe((message, to) => {
        // News for one page (its staff session ended) reaches that page's stream alone.
        if (to !== undefined && to !== caller) return;
        write(`event: ${message.name}\ndata: ${JSON.stringify(message.payload)}\n\n`);
      });
      if (!unsubscribe) {
        res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
        res.end('The kiosk is not running.');
        return;
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // The stream's first bytes, so the page's EventSource opens now rather than at the first news.
      write(`retry: ${NEWS_RETRY_MS}\n: news from the kiosk\n\n`);
      const heartbeat = every(() => write(': still here\n\n'), heartbeatMs);
      open.add(res);
      res.once('close', () => {
        open.delete(res);
        stopEvery(heartbeat);
        unsubscribe();
      });
    },
    closeAll() {
      for (const res of [...open]) res.end();
    },
  };
}
