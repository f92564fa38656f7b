import type { IpcMain } from 'electron';
import { CALL_NAMES, ipcChannel, type CallName, type ResultEnvelope } from '../../shared/api.ts';
import { STAFF_TOKEN_PATTERN } from '../../shared/staff.ts';
import type { Kiosk } from '../core/create-core.ts';
import { isKioskUrl, KIOSK_ORIGIN } from './kiosk-origin.ts';

/** The parts of IpcMainInvokeEvent the shell reads: the frame's URL, and the window (webContents) that sent it. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly id: number };
}

export function forbiddenEnvelope(): ResultEnvelope {
  return { ok: false, error: { code: 'forbidden', message: 'Only the kiosk page may call the kiosk.' } };
}

/**
 * senderFrame is null once the frame has navigated away or been destroyed, and reading it can throw
 * in that window, so both count as "not the kiosk page".
 */
export function isTrustedSender(event: Pick<SenderEvent, 'senderFrame'>): boolean {
  try {
    return isKioskUrl(event.senderFrame?.url);
  } catch {
    return false;
  }
}

/** How the core names a window (its webContents' id): its calls, and the news meant for it alone. */
export const windowCaller = (contentsId: number): string => `window:${contentsId}`;

/**
 * A staff session is bound to the window that signed in: the sending webContents' id, which the page
 * cannot choose. The token rides beside the request (the preload's second argument), never inside it.
 */
export function callerOf(event: SenderEvent, staffToken: unknown) {
  return {
    caller: windowCaller(event.sender.id),
    token: typeof staffToken === 'string' && STAFF_TOKEN_PATTERN.test(staffToken) ? staffToken : undefined,
  };
}

export function createIpcHandler(call: CallName, kiosk: Pick<Kiosk, 'dispatch'>) {
  return async (event: SenderEvent, payload: unknown, staffToken?: unknown): Promise<ResultEnvelope> => {
    if (!isTrustedSender(event)) {
      console.warn(`IPC ${call} refused: sender frame is not ${KIOSK_ORIGIN}`);
      return forbiddenEnvelope();
    }
    try {
      return await kiosk.dispatch(call, payload, callerOf(event, staffToken));
    } catch (error) {
      // dispatch promises never to throw; if it ever does, a rejected invoke would reach the renderer
      // as a bare Error rather than an envelope, and the screen could not say anything useful.
      console.error(`IPC ${call} failed`, error);
      return { ok: false, error: { code: 'internal', message: 'The kiosk could not answer.' } };
    }
  };
}

/** One handler per contract call, on its own channel; nothing else is listened to. */
export function setupIpc(ipcMain: Pick<IpcMain, 'handle'>, kiosk: Pick<Kiosk, 'dispatch'>): void {
  for (const call of CALL_NAMES) ipcMain.handle(ipcChannel(call), createIpcHandler(call, kiosk));
}
