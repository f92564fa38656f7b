import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KioskErrorPayload } from '../../shared/errors.ts';
import { SECURITY_HEADERS } from '../core/security-headers.ts';
import { unavailablePage, type UnavailablePageInput } from '../core/unavailable-page.ts';

/** How often the error page reloads itself, so the screen becomes the kiosk soon after the core starts. */
export const UNAVAILABLE_RELOAD_SECONDS = 30;

/**
 * While the core cannot start: 503 on every route, with the same security headers as every other
 * answer. Pages get the plain error page; /api/* gets a JSON error inside the contract's codes (a page
 * left open from before a restart shows its usual "ask a member of staff").
 */
export function sendUnavailable(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  state: Omit<UnavailablePageInput, 'reloadAfterSeconds'>,
): void {
  const retryAfter = String(Math.max(1, Math.ceil(state.retryInMs / 1000)));
  const headers = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', 'Retry-After': retryAfter };
  if (path === '/api' || path.startsWith('/api/')) {
    const error: KioskErrorPayload = {
      code: 'internal',
      message: 'The kiosk is not available at the moment. Please ask a member of staff.',
    };
    res.writeHead(503, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(error));
    return;
  }
  const html = unavailablePage({ ...state, reloadAfterSeconds: UNAVAILABLE_RELOAD_SECONDS });
  res.writeHead(503, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}
