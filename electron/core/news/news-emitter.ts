import { kioskNews, type NewsMessage, type NewsName, type NewsPayload } from '../../../shared/news.ts';

/** How the core tells the page something: one typed call, the name and what the contract says it carries. */
export type EmitNews = <N extends NewsName>(name: N, payload: NewsPayload<N>) => void;

/**
 * Every listener hears every message; `to`, when set, names the one window (`window:<id>`) or page
 * (`page:<id>`) the news is for, and a shell hands it to that one only (news about one page's staff
 * session is no business of another's).
 */
export type NewsListener = (message: NewsMessage, to?: string) => void;

/** News for one window or page only: `to` is the caller a staff session is bound to. */
export type EmitNewsTo = <N extends NewsName>(to: string, name: N, payload: NewsPayload<N>) => void;

/** What a shell sees of the news: it subscribes once and forwards each message to its pages (`to`: one only). */
export interface NewsSource {
  /** Returns the unsubscribe; a shell calls it when its page or window goes away. */
  subscribe(listener: NewsListener): () => void;
  /** How many shells' pages are listening now: a page that went away must not stay counted. */
  listenerCount(): number;
}

export interface NewsEmitter extends NewsSource {
  emit: EmitNews;
  emitTo: EmitNewsTo;
}

/**
 * The core's one emitter of news. Every payload is parsed with the contract's schema before any shell
 * sees it, as every answer is: one that does not fit is dropped with a line in the log (naming the news,
 * never quoting the payload, which may hold what must not be logged), never sent. News is a side
 * channel: neither a bad payload nor a listener that throws may break the backup or the print job that
 * announced it, so emit never throws.
 */
export function createNewsEmitter(warn: (message: string) => void = console.warn): NewsEmitter {
  const listeners = new Set<NewsListener>();
  const send = (name: NewsName, payload: unknown, to: string | undefined) => {
    const parsed = kioskNews[name].safeParse(payload);
    if (!parsed.success) {
      warn(`SafeCall news: "${name}" was not sent, its payload does not fit the contract`);
      return;
    }
    const message = { name, payload: parsed.data } as NewsMessage;
    for (const listener of [...listeners]) {
      try {
        listener(message, to);
      } catch (error) {
        warn(
          `SafeCall news: a listener failed on "${name}": ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  };
  return {
    emit: (name, payload) => send(name, payload, undefined),
    emitTo: (to, name, payload) => send(name, payload, to),
    subscribe(listener) {
      // A wrapper per subscription, so the same function subscribed twice is two listeners, each removed once.
      const own: NewsListener = (message, to) => listener(message, to);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
    listenerCount: () => listeners.size,
  };
}
