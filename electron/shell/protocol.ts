import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { pageFile } from '../core/page-routes.ts';
import { SECURITY_HEADERS } from '../core/security-headers.ts';
import { APP_HOST, APP_SCHEME } from './kiosk-origin.ts';

/**
 * Must run before app 'ready'. standard: relative URLs and web storage work; secure: the page is a
 * secure context; supportFetchAPI: the renderer's fetch() of its own assets works.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export type AppFileResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an app:// URL to a file under the renderer build, or says why not. Chromium already folds
 * "/../" out of the URL, but an encoded separator ("..%2f") only turns into one after decoding, so the
 * decoded path is resolved and must still lie inside the root.
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): AppFileResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) {
    return { ok: false, status: 403, reason: `only ${APP_SCHEME}://${APP_HOST} is served` };
  }
  let pathname: string;
  try {
    pathname = pageFile(decodeURIComponent(url.pathname));
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400, reason: 'NUL in path' };

  const root = resolve(rendererRoot);
  const file = resolve(join(root, pathname === '/' || pathname === '' ? 'index.html' : pathname));
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'outside the renderer build' };
  }
  return { ok: true, file };
}

/** Our own types, not the file loader's guess: with nosniff, a wrong type stops a module script. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function withSecurityHeaders(init: Record<string, string> = {}): Headers {
  const headers = new Headers(init);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  return headers;
}

function refusal(status: number, reason: string): Response {
  return new Response(reason, {
    status,
    headers: withSecurityHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }),
  });
}

export interface AppProtocolDeps {
  /** `<appRoot>/dist/renderer`. */
  rendererRoot: string;
  /** Reads a file:// URL; net.fetch in Electron. */
  fetchFile: (fileUrl: string) => Promise<Response>;
  isFile: (path: string) => Promise<boolean>;
}

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method not allowed');
    const resolution = resolveAppFile(deps.rendererRoot, request.url);
    if (!resolution.ok) {
      console.warn(`app:// refused ${request.url}: ${resolution.reason}`);
      return refusal(resolution.status, resolution.reason);
    }
    if (!(await deps.isFile(resolution.file))) return refusal(404, 'not found');
    const upstream = await deps.fetchFile(pathToFileURL(resolution.file).href);
    if (!upstream.ok) return refusal(404, 'not found');
    const headers = withSecurityHeaders({ 'Content-Type': contentTypeFor(resolution.file) });
    return new Response(request.method === 'HEAD' ? null : upstream.body, { status: 200, headers });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves the built renderer on app://kiosk; call after 'ready'. */
export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, net: Pick<Net, 'fetch'>, appRoot: string): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererRoot: join(appRoot, 'dist', 'renderer'),
      fetchFile: (fileUrl) => net.fetch(fileUrl),
      isFile,
    }),
  );
}
