import { kioskNews, newsUrl, type NewsName, type NewsPayload } from '../../shared/news.ts';
import { pageId } from './page-id.ts';

/** Carries one kind of news from the core to a listener, whichever shell we are in; returns the unsubscribe. */
export type NewsTransport = (name: NewsName, listener: (payload: unknown) => void) => () => void;

/** What Electron's preload exposes for news (electron/preload.ts). */
export interface NewsBridge {
  on(name: NewsName, listener: (payload: unknown) => void): () => void;
}

export function bridgeNews(bridge: NewsBridge): NewsTransport {
  return (name, listener) => bridge.on(name, listener);
}

/** The part of the browser's EventSource the client uses, so a test can stand in for it. */
export interface NewsSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

/** Not JSON: it reaches the schema as this, which fits no news, and is dropped and counted there. */
const UNREADABLE = Symbol('unreadable news');

/**
 * The browser shell: one EventSource on GET /api/news for the whole page, opened when the first screen
 * subscribes and closed when the last one leaves, so a visitor's page that shows no news holds no
 * stream. It names the page (`?page=`), so news for this page alone (its staff session ended) reaches
 * it. The browser opens it again by itself after a lost connection.
 */
export function eventSourceNews(
  open: (url: string) => NewsSourceLike = (url) => new EventSource(url),
  page: string = pageId(),
): NewsTransport {
  let source: NewsSourceLike | undefined;
  let subscribers = 0;
  return (name, listener) => {
    source ??= open(newsUrl(page));
    const current = source;
    subscribers += 1;
    const forward = (event: { data?: unknown }) => {
      let payload: unknown = UNREADABLE;
      try {
        payload = JSON.parse(String(event.data));
      } catch {
        // Left as UNREADABLE.
      }
      listener(payload);
    };
    current.addEventListener(name, forward);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      current.removeEventListener(name, forward);
      subscribers -= 1;
      if (subscribers === 0) {
        current.close();
        source = undefined;
      }
    };
  };
}

export interface NewsClient {
  /**
   * Calls `listener` with each piece of `name` news the core sends, checked against the contract; returns
   * the unsubscribe. A payload that does not fit is dropped and counted, never handed to a screen.
   */
  onNews<N extends NewsName>(name: N, listener: (payload: NewsPayload<N>) => void): () => void;
  /** How many pieces of news were dropped because they did not fit the contract. */
  dropped(): number;
}

export function createNewsClient(
  transport: NewsTransport,
  warn: (message: string) => void = (m) => console.warn(m),
): NewsClient {
  let dropped = 0;
  return {
    onNews(name, listener) {
      return transport(name, (payload) => {
        const parsed = kioskNews[name].safeParse(payload);
        if (!parsed.success) {
          dropped += 1;
          // The name only: a payload that does not fit is not known to be safe to print.
          warn(`SafeCall news: a "${name}" that does not fit the contract was dropped`);
          return;
        }
        listener(parsed.data as NewsPayload<typeof name>);
      });
    },
    dropped: () => dropped,
  };
}

let pageClient: NewsClient | undefined;

/** The page's news client: the preload's `on` in Electron, the browser shell's stream otherwise. */
export function pageNews(): NewsClient {
  const on = window.kiosk?.on;
  pageClient ??= createNewsClient(on ? bridgeNews({ on }) : eventSourceNews());
  return pageClient;
}

/** Subscribes to one kind of news on this page (see NewsClient.onNews). */
export function onNews<N extends NewsName>(name: N, listener: (payload: NewsPayload<N>) => void): () => void {
  return pageNews().onNews(name, listener);
}
