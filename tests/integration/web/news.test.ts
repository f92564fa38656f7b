import { writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent, type ContentBundle } from '../../../electron/core/content/content-loader.ts';
import { createKiosk, type Kiosk } from '../../../electron/core/create-core.ts';
import { createNewsEmitter } from '../../../electron/core/news/news-emitter.ts';
import { browserPrinter, type PrintJob } from '../../../electron/core/print/printer.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security-headers.ts';
import { startBrowserShell, type BrowserShell } from '../../../electron/web/browser-shell.ts';
import { createNewsRoute } from '../../../electron/web/news-route.ts';
import { createWebServer, listen } from '../../../electron/web/server.ts';
import { kioskNews, NEWS_ROUTE, newsUrl, type NewsName } from '../../../shared/news.ts';
import type { ResultEnvelope } from '../../../shared/api.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER, type StaffStatus } from '../../../shared/staff.ts';
import { copyTemplateDatabase } from '../../support/kiosk-template.ts';
import { signInStaff } from '../../support/staff.ts';
import { httpEnvelope, unwrap, type Caller } from '../../support/unwrap.ts';
import { REPO_ROOT, TEST_PIN_HASH_COST, tempDir } from '../../support/temp-dir.ts';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

/** One page's stream of server-sent events, read over real HTTP the way the page's EventSource reads it. */
interface NewsStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Each event as it arrived: its name and its data, parsed. */
  events: Array<{ event: string; data: unknown }>;
  /** The comment lines (": ..."), which keep the stream open. */
  comments: string[];
  ended: Promise<void>;
  /** The page goes away: the connection is dropped without a word. */
  leave(): void;
}

function openNews(port: number, method = 'GET', path = NEWS_ROUTE): Promise<NewsStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let buffer = '';
      let endedNow = () => {};
      const stream: NewsStream = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        events: [],
        comments: [],
        ended: new Promise((done) => (endedNow = done)),
        leave: () => req.destroy(),
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const event = block.find((l) => l.startsWith('event: '))?.slice('event: '.length);
          const data = block.find((l) => l.startsWith('data: '))?.slice('data: '.length);
          for (const line of block.filter((l) => l.startsWith(':'))) stream.comments.push(line.slice(1).trim());
          if (event !== undefined && data !== undefined) stream.events.push({ event, data: JSON.parse(data) });
        }
      });
      res.on('end', endedNow);
      res.on('close', endedNow);
      resolve(stream);
    });
    req.on('error', reject);
    req.end();
  });
}

function post(port: number, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

let content: ContentBundle | undefined;
/** The real content, read once for the file: each start reads it to see whether it changed. */
const realContent = (dir: string) => (content ??= loadContent(dir));

/**
 * The real browser shell on a real core (a copy of the template database), whose printer has run out of
 * paper: a sheet printed through /api/printSheet makes the core itself announce it.
 */
async function shellWithEmptyPrinter() {
  const dataDir = tempDir('safecall-data-');
  copyTemplateDatabase(REPO_ROOT, dataDir, undefined);
  const rendererDir = tempDir('safecall-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SafeCall</title>');
  const jobs: PrintJob[] = [];
  const shell: BrowserShell = await startBrowserShell({
    dataDir,
    appRoot: REPO_ROOT,
    rendererDir,
    port: 0,
    createKiosk: (options) =>
      createKiosk({
        ...options,
        warn: () => {},
        loadContent: realContent,
        pinHashCost: TEST_PIN_HASH_COST,
        printer: {
          print: (job) => (jobs.push(job), Promise.resolve({ status: 'failed', reason: 'no_paper' })),
          list: browserPrinter.list,
        },
      }),
    log: () => {},
    logError: () => {},
  });
  cleanups.push(() => shell.close());
  const kiosk = shell.kiosk() as Kiosk;
  const printHandout = () =>
    post(shell.port, '/api/printSheet', { sheet: { kind: 'handout', topic: 'iphone', lang: 'en' } });
  return { shell, kiosk, jobs, printHandout };
}

const heard = (stream: NewsStream, name: NewsName) => stream.events.filter((e) => e.event === name);

describe('the browser shell streams the core news at GET /api/news', () => {
  it('as server-sent events with the kiosk security headers, each named for its news and fitting the contract', async () => {
    const { shell, kiosk, jobs, printHandout } = await shellWithEmptyPrinter();
    const page = await openNews(shell.port);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    await vi.waitFor(() => expect(kiosk.news.listenerCount()).toBe(1));

    expect(await printHandout()).toEqual({ status: 200, body: { status: 'failed', reason: 'no_paper' } });
    expect(jobs).toHaveLength(1);
    await vi.waitFor(() => expect(heard(page, 'printerStatus')).toHaveLength(1));
    const [news] = heard(page, 'printerStatus');
    expect(kioskNews.printerStatus.parse(news?.data)).toEqual({ state: 'no_paper' });
    // The same state again is no news.
    await printHandout();
    expect(jobs).toHaveLength(2);
    expect(page.events).toHaveLength(1);
  });

  it('to every page that listens, and lets go of a page that went away', async () => {
    const { shell, kiosk, printHandout } = await shellWithEmptyPrinter();
    const first = await openNews(shell.port);
    const second = await openNews(shell.port);
    await vi.waitFor(() => expect(kiosk.news.listenerCount()).toBe(2));
    await printHandout();
    await vi.waitFor(() => expect(heard(first, 'printerStatus')).toHaveLength(1));
    await vi.waitFor(() => expect(heard(second, 'printerStatus')).toHaveLength(1));

    first.leave();
    await vi.waitFor(() => expect(kiosk.news.listenerCount()).toBe(1));
    second.leave();
    await vi.waitFor(() => expect(kiosk.news.listenerCount()).toBe(0));
  });

  it("tells a page alone that its staff session ended: the page's stream named by ?page=, no other", async () => {
    const { shell, kiosk, printHandout } = await shellWithEmptyPrinter();
    const [pageA, pageB] = ['a1b2c3d4-0000-4000-8000-00000000000a', 'a1b2c3d4-0000-4000-8000-00000000000b'];
    // Calls as the page makes them: its id in the header, its token beside it (renderer/api).
    const overHttp = {
      dispatch: async (call: string, payload: unknown, from?: Caller): Promise<ResultEnvelope> => {
        const headers: Record<string, string> = { [PAGE_ID_HEADER]: from?.caller ?? '' };
        if (from?.token) headers[STAFF_TOKEN_HEADER] = from.token;
        const answer = await post(shell.port, `/api/${call}`, payload, headers);
        return httpEnvelope(answer.status, answer.body);
      },
    };
    const a = await openNews(shell.port, 'GET', newsUrl(pageA));
    const b = await openNews(shell.port, 'GET', newsUrl(pageB));
    const nobody = await openNews(shell.port, 'GET', `${NEWS_ROUTE}?page=not%20a%20page`);
    await vi.waitFor(() => expect(kiosk.news.listenerCount()).toBe(3));
    const staffA = await signInStaff(overHttp, pageA);
    const staffB = await signInStaff(overHttp, pageB);

    expect(await overHttp.dispatch('staffSignOut', {}, staffA)).toEqual({ ok: true, value: { signedOut: true } });
    await vi.waitFor(() => expect(heard(a, 'staffSessionEnded')).toHaveLength(1));
    // A visitor reset on page A (a visitor's visit begins) ends A's next session the same way.
    await signInStaff(overHttp, pageA);
    unwrap('startVisit', await overHttp.dispatch('startVisit', { locale: 'en' }, { caller: pageA, token: undefined }));
    await vi.waitFor(() => expect(heard(a, 'staffSessionEnded')).toHaveLength(2));
    expect(heard(a, 'staffSessionEnded').map((e) => e.data)).toEqual([
      { reason: 'signed_out' },
      { reason: 'visitor_reset' },
    ]);
    // News for every page comes after: by the time B and the nameless stream have it, they had A's too, if
    // it were ever sent to them.
    await printHandout();
    await vi.waitFor(() => expect(heard(b, 'printerStatus')).toHaveLength(1));
    await vi.waitFor(() => expect(heard(nobody, 'printerStatus')).toHaveLength(1));
    expect(b.events.map((e) => e.event)).toEqual(['printerStatus']);
    expect(nobody.events.map((e) => e.event)).toEqual(['printerStatus']);
    // B's own session was never touched.
    expect(unwrap<StaffStatus>('getStaffStatus', await overHttp.dispatch('getStaffStatus', {}, staffB)).signedIn).toBe(
      true,
    );
  });

  it('and ends every open stream when the shell closes, so no page holds it open', async () => {
    const { shell, kiosk } = await shellWithEmptyPrinter();
    const page = await openNews(shell.port);
    await vi.waitFor(() => expect(kiosk.news.listenerCount()).toBe(1));
    shell.close();
    await page.ended;
    expect(kiosk.news.listenerCount()).toBe(0);
  });
});

describe('the news route', () => {
  async function serverWithNews() {
    const news = createNewsEmitter(() => {});
    const beats: Array<() => void> = [];
    const stopped: unknown[] = [];
    const route = createNewsRoute({
      subscribe: (listener) => news.subscribe(listener),
      setInterval: (run) => {
        beats.push(run);
        return 'heartbeat timer';
      },
      clearInterval: (handle) => void stopped.push(handle),
    });
    const rendererDir = tempDir('safecall-renderer-');
    const server = createWebServer({
      dispatch: () => Promise.reject(new Error('no calls here')),
      rendererDir,
      news: route,
    });
    const port = await listen(server, 0);
    cleanups.push(() => {
      route.closeAll();
      server.close();
    });
    return { news, beats, stopped, port, server };
  }

  it("stays open past the server's request timeout, which bounds a request's arrival, not a stream", async () => {
    const { news, port, server } = await serverWithNews();
    // As the keep-alive test in server.test.ts does: short limits, and Node checks them every second.
    server.headersTimeout = 300;
    server.requestTimeout = 400;
    const page = await openNews(port);
    await new Promise((r) => setTimeout(r, 1_500));
    news.emit('staffSessionEnded', { reason: 'expired' });
    await vi.waitFor(() => expect(page.events).toEqual([{ event: 'staffSessionEnded', data: { reason: 'expired' } }]));
  });

  it('opens with a comment and the reconnect delay, and keeps the stream alive with a comment on a timer', async () => {
    const { beats, stopped, port } = await serverWithNews();
    const page = await openNews(port);
    await vi.waitFor(() => expect(page.comments).toEqual(['news from the kiosk']));
    expect(beats).toHaveLength(1);
    beats[0]?.();
    await vi.waitFor(() => expect(page.comments).toEqual(['news from the kiosk', 'still here']));
    page.leave();
    await vi.waitFor(() => expect(stopped).toEqual(['heartbeat timer']));
  });

  it('answers only GET', async () => {
    const { news, port } = await serverWithNews();
    const page = await openNews(port, 'POST');
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe('GET');
    await page.ended;
    expect(news.listenerCount()).toBe(0);
  });
});
