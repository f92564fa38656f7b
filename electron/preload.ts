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
      (request: unknown): Promise<ResultEnvelope> => ipcRenderer.invoke(ipcChannel(call), request),
    ]),
  ) as Record<CallName, (request: unknown) => Promise<ResultEnvelope>>),
  heartbeat: (): void => ipcRenderer.send(HEARTBEAT_CHANNEL),
};

contextBridge.exposeInMainWorld('kiosk', kiosk);
