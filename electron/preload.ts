import { contextBridge, ipcRenderer } from 'electron';
import type { ResultEnvelope } from '../shared/api.ts';
// Names and channels only: shared/api.ts would bring the schemas, and all of zod, into every page.
import { CALL_NAMES, ipcChannel, type CallName } from '../shared/calls.ts';
import { HEARTBEAT_CHANNEL } from '../shared/heartbeat.ts';
import { isNewsName, NEWS_CHANNEL, type NewsName } from '../shared/news-names.ts';

/** What the main process sends on NEWS_CHANNEL (shell/news.ts); the renderer validates the payload. */
interface NewsOnTheWire {
  name?: unknown;
  payload?: unknown;
}

/**
 * Subscribes the page to one kind of news; the returned function unsubscribes. The listener gets the
 * payload alone, never the Electron event (which holds the sender), and only for the name it asked for.
 */
function on(name: NewsName, listener: (payload: unknown) => void): () => void {
  if (!isNewsName(name)) throw new TypeError(`There is no news named "${String(name)}".`);
  if (typeof listener !== 'function') throw new TypeError('A news listener must be a function.');
  const forward = (_event: unknown, message: NewsOnTheWire) => {
    if (message?.name === name) listener(message.payload);
  };
  ipcRenderer.on(NEWS_CHANNEL, forward);
  return () => void ipcRenderer.removeListener(NEWS_CHANNEL, forward);
}

/**
 * The page's only way out: one function per contract call, each handing back the envelope untouched
 * (renderer/api unwraps it), `heartbeat`, the page's "still drawing" to the shell
 * (shell/heartbeat.ts), and `on`, the one way in: the core's news (shared/news.ts). Functions only,
 * never ipcRenderer itself, so the page can reach no other channel and never sees an Electron event object.
 */
const kiosk = {
  ...(Object.fromEntries(
    CALL_NAMES.map((call) => [
      call,
      // The staff token, when the page holds one, rides as a second argument: the main process binds it
      // to this window (shell/ipc.ts), so a token is no use from any other.
      (request: unknown, staffToken?: string): Promise<ResultEnvelope> =>
        ipcRenderer.invoke(ipcChannel(call), request, staffToken),
    ]),
  ) as Record<CallName, (request: unknown, staffToken?: string) => Promise<ResultEnvelope>>),
  heartbeat: (): void => ipcRenderer.send(HEARTBEAT_CHANNEL),
  on,
};

contextBridge.exposeInMainWorld('kiosk', kiosk);
