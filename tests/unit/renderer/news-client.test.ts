import { describe, expect, it, vi } from 'vitest';
import {
  bridgeNews,
  createNewsClient,
  eventSourceNews,
  type NewsSourceLike,
  type NewsTransport,
} from '../../../renderer/api/news-client.ts';
import { NEWS_ROUTE, type NewsName } from '../../../shared/news.ts';
import { PAGE_ID_HEADER, PAGE_ID_PATTERN } from '../../../shared/staff.ts';
import { httpTransport } from '../../../renderer/api/kiosk-client.ts';

/** A transport the test pushes news through, as the preload or the stream would. */
function pushable() {
  const listeners = new Map<NewsName, Set<(payload: unknown) => void>>();
  const transport: NewsTransport = (name, listener) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    set.add(listener);
    return () => void set.delete(listener);
  };
  const push = (name: NewsName, payload: unknown) => listeners.get(name)?.forEach((l) => l(payload));
  return { transport, push, listening: (name: NewsName) => listeners.get(name)?.size ?? 0 };
}

describe('the page news client', () => {
  it('hands a listener the news it asked for, checked against the contract', () => {
    const { transport, push } = pushable();
    const client = createNewsClient(transport);
    const printer = vi.fn();
    client.onNews('printerStatus', printer);
    push('printerStatus', { state: 'ready' });
    push('staffSessionEnded', { reason: 'expired' });
    expect(printer.mock.calls).toEqual([[{ state: 'ready' }]]);
  });

  it('drops and counts news that does not fit, never throwing it into a screen, and logs only its name', () => {
    const { transport, push } = pushable();
    const warnings: string[] = [];
    const client = createNewsClient(transport, (m) => void warnings.push(m));
    const printer = vi.fn();
    client.onNews('printerStatus', printer);
    expect(() => push('printerStatus', { state: 'on_fire', code: '48271935' })).not.toThrow();
    push('printerStatus', undefined);
    push('printerStatus', { state: 'no_paper' });
    expect(printer.mock.calls).toEqual([[{ state: 'no_paper' }]]);
    expect(client.dropped()).toBe(2);
    expect(warnings).toHaveLength(2);
    expect(warnings.join()).not.toContain('48271935');
  });

  it('stops calling a listener once it unsubscribes', () => {
    const { transport, push, listening } = pushable();
    const client = createNewsClient(transport);
    const backup = vi.fn();
    const off = client.onNews('backup', backup);
    expect(listening('backup')).toBe(1);
    off();
    push('backup', { status: 'written', reason: 'daily', day: '2026-12-06' });
    expect(backup).not.toHaveBeenCalled();
    expect(listening('backup')).toBe(0);
  });

  it("in Electron, subscribes through the preload's on and hands back its unsubscribe", () => {
    const off = vi.fn();
    const bridge = { on: vi.fn(() => off) };
    const listener = vi.fn();
    expect(bridgeNews(bridge)('staffSessionEnded', listener)).toBe(off);
    expect(bridge.on).toHaveBeenCalledExactlyOnceWith('staffSessionEnded', listener);
  });
});

/** A stand-in for the browser's EventSource: records its listeners and whether it was closed. */
function fakeSources() {
  const opened: Array<
    NewsSourceLike & { url: string; closed: boolean; fire(type: string, data: string): void; count(): number }
  > = [];
  const open = (url: string) => {
    const listeners = new Map<string, Set<(event: { data?: unknown }) => void>>();
    const source = {
      url,
      closed: false,
      addEventListener: (type: string, l: (event: { data?: unknown }) => void) =>
        void listeners.set(type, (listeners.get(type) ?? new Set()).add(l)),
      removeEventListener: (type: string, l: (event: { data?: unknown }) => void) =>
        void listeners.get(type)?.delete(l),
      close() {
        source.closed = true;
      },
      fire: (type: string, data: string) => listeners.get(type)?.forEach((l) => l({ data })),
      count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    };
    opened.push(source);
    return source;
  };
  return { open, opened };
}

describe('the browser shell news transport', () => {
  it('opens one stream on GET /api/news for the whole page, naming the page, only once a screen subscribes', () => {
    const { open, opened } = fakeSources();
    const transport = eventSourceNews(open, '0b9e6c1e-2f4a-4d8e-9c51-7a3b2d1e0f42');
    expect(opened).toHaveLength(0);
    const printer = vi.fn();
    const session = vi.fn();
    transport('printerStatus', printer);
    transport('staffSessionEnded', session);
    expect(opened.map((s) => s.url)).toEqual([`${NEWS_ROUTE}?page=0b9e6c1e-2f4a-4d8e-9c51-7a3b2d1e0f42`]);
    opened[0]?.fire('printerStatus', '{"state":"offline"}');
    expect(printer).toHaveBeenCalledExactlyOnceWith({ state: 'offline' });
    expect(session).not.toHaveBeenCalled();
  });

  it('names the page by the same id its calls carry, so the core can tell this page alone', async () => {
    const { open, opened } = fakeSources();
    const sent: Array<Record<string, string>> = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      sent.push(init.headers as Record<string, string>);
      return new Response('{"signedOut":true}', { status: 200 });
    }) as typeof fetch;
    await httpTransport(fakeFetch)('staffSignOut', {});
    eventSourceNews(open)('staffSessionEnded', () => {});
    const id = sent[0]?.[PAGE_ID_HEADER];
    expect(id).toMatch(PAGE_ID_PATTERN);
    expect(opened.map((s) => s.url)).toEqual([`${NEWS_ROUTE}?page=${id}`]);
  });

  it('closes the stream when the last screen leaves, and opens a new one for the next', () => {
    const { open, opened } = fakeSources();
    const transport = eventSourceNews(open);
    const offA = transport('printerStatus', () => {});
    const offB = transport('backup', () => {});
    offA();
    offA();
    expect(opened[0]?.closed).toBe(false);
    offB();
    expect(opened[0]?.closed).toBe(true);
    expect(opened[0]?.count()).toBe(0);
    transport('backup', () => {});
    expect(opened).toHaveLength(2);
    expect(opened[1]?.closed).toBe(false);
  });

  it('turns data that is not JSON into news the client drops and counts', () => {
    const { open, opened } = fakeSources();
    const client = createNewsClient(eventSourceNews(open), () => {});
    const printer = vi.fn();
    client.onNews('printerStatus', printer);
    expect(() => opened[0]?.fire('printerStatus', '{"state":')).not.toThrow();
    expect(printer).not.toHaveBeenCalled();
    expect(client.dropped()).toBe(1);
  });
});
