import type { CallName } from '../../shared/calls.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../shared/headers.ts';

/** The browser shell's raw answer to a call: whether it was a 2xx, and the JSON body, not yet checked. */
export interface HttpAnswer {
  ok: boolean;
  body: unknown;
}

/**
 * One call over HTTP: POST /api/<call> with this page's id and the staff token if any. No zod here, so the page's
 * first calls can go out before the contract is evaluated (boot-early.ts); kiosk-client.ts checks the answer.
 */
export async function httpSend(
  fetchImpl: typeof fetch,
  pageId: string,
  call: CallName,
  request: unknown,
  staffToken?: string,
): Promise<HttpAnswer> {
  const response = await fetchImpl(`/api/${call}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [PAGE_ID_HEADER]: pageId,
      ...(staffToken === undefined ? {} : { [STAFF_TOKEN_HEADER]: staffToken }),
    },
    body: JSON.stringify(request),
  });
  return { ok: response.ok, body: await response.json() };
}
