import { contextBridge, ipcRenderer } from 'electron';
import type { ResultEnvelope } from '../shared/api.ts';
// Names and channels only: shared/api.ts would bring the schemas, and all of zod, into every page.
import { CALL_NAMES, ipcChannel, type CallName } from '../shared/calls.ts';
import { HEARTBEAT_CHANNEL } from '../shared/heartbeat.ts';

/**
 * The page's only way out: one function per contract call, each handing back the envelope untouched
 * (renderer/api unwraps it), and `heartbeat`, the page's "still drawing" to the shell
 * (shell/heartbeat.ts). Functions only, never ipcRenderer itself, so the page can reach no other
 * channel and never sees an Electron event object.
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
};

contextBridge.exposeInMainWorld('kiosk', kiosk);
