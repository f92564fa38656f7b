import type { IpcMain, WebContents } from 'electron';
import { HEARTBEAT_CHANNEL, HEARTBEAT_TIMEOUT_MS } from '../../shared/heartbeat.ts';
import { isTrustedSender, type SenderEvent } from './ipc.ts';
import { KIOSK_ORIGIN } from './kiosk-origin.ts';

/** The part of IpcMainEvent the watch reads: which page sent the beat, and from which frame. */
export interface HeartbeatEvent extends SenderEvent {
  readonly sender: { readonly id: number };
}

type WatchedContents = Pick<WebContents, 'id' | 'on' | 'isDestroyed'>;

/**
 * A kiosk page whose React tree is gone is blank, yet its renderer is alive and responsive, so crash
 * recovery never hears of it (audit H2). The page beats every few seconds while it is drawn
 * (renderer/api/heartbeat.ts); once a load has finished, a silence of `timeoutMs` calls `onSilent`
 * (crash recovery's budgeted reload). Beats count only from this window's page on app://kiosk, checked
 * like every IPC call.
 */
export function setupHeartbeatWatch(
  ipcMain: Pick<IpcMain, 'on'>,
  contents: WatchedContents,
  onSilent: () => void,
  timeoutMs: number = HEARTBEAT_TIMEOUT_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const watch = () => {
    stop();
    timer = setTimeout(() => {
      timer = undefined;
      if (!contents.isDestroyed()) onSilent();
    }, timeoutMs);
  };

  contents.on('did-finish-load', watch);
  // A dead renderer is crash recovery's to handle; the next finished load starts the watch again.
  contents.on('render-process-gone', stop);
  contents.on('destroyed', stop);
  ipcMain.on(HEARTBEAT_CHANNEL, (event: HeartbeatEvent) => {
    if (!isTrustedSender(event)) {
      console.warn(`Heartbeat refused: sender frame is not ${KIOSK_ORIGIN}`);
      return;
    }
    // The print window carries the same preload; only the kiosk window's page is watched.
    if (event.sender.id !== contents.id) return;
    if (timer !== undefined) watch();
  });
}
