import { CONTENT_SECURITY_POLICY } from '../electron/core/security-headers.ts';

/**
 * The kiosk's Content-Security-Policy for the development server, with one difference: scripts and
 * styles carrying this server's nonce are allowed too. Vite's dev server needs that for the inline
 * React Refresh preamble and the <style> tags it injects for CSS modules it hot-reloads (it puts the
 * nonce on both, from `html.cspNonce`). Everything else (no remote anything, no eval, connect-src
 * 'self', which also covers the hot-reload WebSocket on the same host and port) is the kiosk's own policy.
 */
export function devContentSecurityPolicy(nonce: string): string {
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => (/^(script|style)-src /.test(directive) ? `${directive} 'nonce-${nonce}'` : directive))
    .join('; ');
}
