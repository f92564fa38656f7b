import type { WebContents } from 'electron';
import { NEWS_CHANNEL } from '../../shared/news-names.ts';
import type { Kiosk } from '../core/create-core.ts';
import { windowCaller } from './ipc.ts';
import { isKioskUrl } from './kiosk-origin.ts';

/** The kiosk window's page as the forwarding uses it; `once` only ever for 'destroyed'. */
interface NewsContents extends Pick<WebContents, 'id' | 'send' | 'getURL' | 'isDestroyed'> {
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * The core's news reaches the kiosk window's page, and only it: all news on one channel (NEWS_CHANNEL),
 * the preload handing each listener only the payload of the news it asked for. The print window carries
 * the same preload but is never given news. A page that is not the kiosk's own (it should never get
 * there: lockdown.ts) is not told, and a window that is gone stops the subscription, so no listener is
 * left behind in the core.
 */
export function setupNewsForwarding(kiosk: Pick<Kiosk, 'news'>, contents: NewsContents): () => void {
  // News for one window (its staff session ended) goes to that window alone.
  const caller = windowCaller(contents.id);
  const unsubscribe = kiosk.news.subscribe((message, to) => {
    if (to !== undefined && to !== caller) return;
    if (contents.isDestroyed() || !isKioskUrl(contents.getURL())) return;
    try {
      contents.send(NEWS_CHANNEL, message);
    } catch (error) {
      // A renderer between a crash and its reload: the news is lost, the core must not hear of it.
      console.warn(`SafeCall news: "${message.name}" could not reach the kiosk page`, error);
    }
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
