import type { CallRequest, KioskApi } from '../../shared/api.ts';
import { whenIdle } from './when-idle.ts';

/**
 * Records a visit event without ever getting in the visitor's way: a log that cannot be written is
 * a problem for staff reports, not for the person at the screen.
 *
 * The call goes out when the page is next idle, after the screen that logs it is painted. A screen logs as
 * it appears, inside the tap that brought it, and starting a request there cost the tap its own time: 8 ms a
 * step on a PC four times slower (issue 18's tap bench, CPU profile); sent from a task just after the frame,
 * it still held up the frame after it by 6 to 17 ms (trace). Events keep their order, and go within a second
 * even on a page that is never idle.
 */
export function logEvent(api: KioskApi, event: CallRequest<'recordEvent'>): void {
  waiting.push({ api, event });
  if (waiting.length === 1) whenIdle(send, 1000);
}

const waiting: { api: KioskApi; event: CallRequest<'recordEvent'> }[] = [];
const sentWaiters: (() => void)[] = [];

function send() {
  for (const { api, event } of waiting.splice(0))
    api.recordEvent(event).catch((error: unknown) => console.warn('SafeCall: visit event not recorded', error));
  for (const resolve of sentWaiters.splice(0)) resolve();
}

/**
 * Resolves once every event logged so far has gone to the core: a test that says "nothing was logged"
 * must wait for this first, or it could pass before a late event.
 */
export function eventsSent(): Promise<void> {
  return waiting.length === 0 ? Promise.resolve() : new Promise((resolve) => sentWaiters.push(resolve));
}
