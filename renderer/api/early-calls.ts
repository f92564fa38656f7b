import type { CallName } from '../../shared/calls.ts';

/**
 * Calls sent before the page's client exists (issue 18): the boot's reads go out as soon as the page's first
 * module runs (boot-early.ts), while React and the contract's schemas are still being evaluated, instead of
 * after the first render. What comes back is the transport's raw answer, unchecked; the client takes it as its
 * own call's answer and checks it against the contract as it checks every answer (kiosk-client.ts).
 */
const sent = new Map<CallName, Promise<unknown>>();

export function sendEarly(call: CallName, send: () => Promise<unknown>): void {
  const answer = send();
  // Whoever takes it sees a failure; until then it is not an unhandled rejection.
  answer.catch(() => {});
  sent.set(call, answer);
}

/**
 * The raw answer to `call` sent early, once: only for the request sent early (none: `{}`) and without a staff
 * token; a second read (a retry, a redraw) asks the core again.
 */
export function takeEarly(
  call: CallName,
  request: unknown,
  staffToken: string | undefined,
): Promise<unknown> | undefined {
  const answer = sent.get(call);
  if (!answer || staffToken !== undefined || !isEmptyRequest(request)) return undefined;
  sent.delete(call);
  return answer;
}

function isEmptyRequest(request: unknown): boolean {
  return typeof request === 'object' && request !== null && Object.keys(request).length === 0;
}
