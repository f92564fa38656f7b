import { createNewsClient, type NewsClient, type NewsTransport } from '../../renderer/api/news-client.ts';
import type { NewsName } from '../../shared/news.ts';

/**
 * The page's news client on a transport the test pushes news through, as the preload or the stream
 * would: hand `news` to a NewsProvider, `push` what the core would send.
 */
export function fakeNews(): {
  news: NewsClient;
  push: (name: NewsName, payload: unknown) => void;
  /** How many screens listen for `name` now: a screen subscribes just after it is drawn. */
  listening: (name: NewsName) => number;
} {
  const listeners = new Set<{ name: NewsName; listener: (payload: unknown) => void }>();
  const transport: NewsTransport = (name, listener) => {
    const entry = { name, listener };
    listeners.add(entry);
    return () => void listeners.delete(entry);
  };
  const push = (name: NewsName, payload: unknown) =>
    [...listeners].filter((e) => e.name === name).forEach((e) => e.listener(payload));
  const listening = (name: NewsName) => [...listeners].filter((e) => e.name === name).length;
  return { news: createNewsClient(transport, () => {}), push, listening };
}
