import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../electron/core/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security-headers.ts';
import { MAX_BODY_BYTES } from '../../../electron/web/api-route.ts';
import { createWebServer, listen, SERVER_LIMITS } from '../../../electron/web/server.ts';
import { tempDir, testKiosk } from '../../support/temp-dir.ts';
import { signInStaff } from '../../support/staff.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../../shared/staff.ts';

const servers: Array<{ close: () => void }> = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function startServer(kiosk: { dispatch: Dispatch } = testKiosk()) {
  const rendererDir = tempDir('safecall-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SafeCall</title>');
  writeFileSync(join(rendererDir, 'print.html'), '<!doctype html><title>SafeCall sheet</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'index-D2jxkOJH.js'), 'console.log(1);');
  const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir });
  const port = await listen(server, 0);
  servers.push(server);
  return { port, server };
}

/** A raw HTTP request, so tests can send what browsers and curl really send (and what they never would). */
function send(
  port: number,
  path: string,
  options: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('the browser shell', () => {
  it('listen on loopback only', async () => {
    const { server } = await startServer();
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it("keep idle connections open well past Node's 5 s, so a reused connection is not reset under a POST", async () => {
    const { server } = await startServer();
    expect(server.keepAliveTimeout).toBeGreaterThanOrEqual(30_000);
  });

  it('reuse a keep-alive connection that sat idle longer than the headers timeout', async () => {
    // The keep-alive timeout is longer than headersTimeout on purpose: an idle connection is not a
    // request in progress. A short-timeout server proves Node does not cut it for idling.
    const rendererDir = tempDir('safecall-renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const server = createWebServer({ dispatch: testKiosk().dispatch, rendererDir });
    server.headersTimeout = 300;
    server.requestTimeout = 400;
    const port = await listen(server, 0);
    servers.push(server);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<IncomingMessage>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res));
        });
        req.on('error', reject);
        req.end();
      });
    const first = await get();
    await new Promise((r) => setTimeout(r, 1_500));
    const second = await get();
    agent.destroy();
    expect(second.statusCode).toBe(200);
    expect(second.socket).toBe(first.socket);
  });

  it("give a stalled or slow request 15 s, not Node's 300 s, and check it every second", async () => {
    const { server } = await startServer();
    expect(server.requestTimeout).toBe(15_000);
    expect(server.headersTimeout).toBeLessThan(server.requestTimeout);
    expect(server.headersTimeout).toBeGreaterThan(0);
    expect(server.maxConnections).toBe(SERVER_LIMITS.maxConnections);
    expect(server.maxConnections).toBeLessThanOrEqual(256);
  });

  it('answer a call posted the way curl posts it (no JSON content type)', async () => {
    const { port } = await startServer();
    const res = await send(port, '/api/listTutorials', {
      body: '{"locale":"zh-Hant"}',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).tutorials[0]).toMatchObject({ id: 'iphone-turn-off-facetime', title: '關閉 FaceTime' });
  });

  it('treat an empty body as no arguments', async () => {
    const { port } = await startServer();
    const res = await send(port, '/api/getSettings');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).region).toBe('generic');
  });

  it.each([
    ['an unknown call', '/api/deleteEverything', { body: '{}' }, 404, 'unknown_call'],
    ['an invalid body', '/api/listTutorials', { body: '{"locale":"xx"}' }, 400, 'invalid_request'],
    ['a body that is not JSON', '/api/listTutorials', { body: 'locale=zh-Hant' }, 400, 'invalid_request'],
    ['a GET on the API', '/api/listTutorials', { method: 'GET' }, 405, 'method_not_allowed'],
    ['a missing tutorial', '/api/openTutorial', { body: '{"tutorialId":"nope","locale":"en"}' }, 404, 'not_found'],
  ])('answer %s with a typed error', async (_what, path, options, status, code) => {
    const { port } = await startServer();
    const res = await send(port, path, options);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ code, message: expect.any(String) });
  });

  it.each(['/api/%E0', '/api/%', '/api', '/api/', '/api/listTutorials/', '/api/list%54utorials'])(
    'answer %s with a typed 404 and keep serving',
    async (path) => {
      const { port } = await startServer();
      const res = await send(port, path, { body: '{}' });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'unknown_call' });
      expect((await send(port, '/api/getSettings')).status).toBe(200);
    },
  );

  it('refuse a body over the limit with a typed error', async () => {
    const { port } = await startServer();
    const res = await send(port, '/api/listTutorials', { body: Buffer.alloc(MAX_BODY_BYTES + 1, 'a') });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).code).toBe('payload_too_large');
  });

  it('take a content pack upload (issue 19) larger than the usual limit only from a caller sending a staff token', async () => {
    const kiosk = testKiosk();
    const { port } = await startServer(kiosk);
    const page = 'content-pack-page-0001';
    const { token } = await signInStaff(kiosk, `page:${page}`);
    // 200 KB of base64: a damaged pack, but past the 64 KB every other call may send.
    const body = JSON.stringify({ upload: { name: 'v2.scpack', base64: Buffer.alloc(150_000, 7).toString('base64') } });
    const anonymous = await send(port, '/api/openContentPack', { body });
    expect(anonymous.status).toBe(413);
    // A token of the right shape that is nobody's session gets the usual limit too.
    const madeUp = await send(port, '/api/openContentPack', {
      body,
      headers: { [PAGE_ID_HEADER]: page, [STAFF_TOKEN_HEADER]: 'A'.repeat(token?.length ?? 43) },
    });
    expect(madeUp.status).toBe(413);
    const staff = await send(port, '/api/openContentPack', {
      body,
      headers: { [PAGE_ID_HEADER]: page, [STAFF_TOKEN_HEADER]: token ?? '' },
    });
    expect(staff.status).toBe(200);
    expect(JSON.parse(staff.body)).toMatchObject({ outcome: 'refused', reason: 'corrupt' });
    // Any other call keeps the usual limit, token or not.
    const other = await send(port, '/api/getContentPacks', {
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 'a'),
      headers: { [PAGE_ID_HEADER]: page, [STAFF_TOKEN_HEADER]: token ?? '' },
    });
    expect(other.status).toBe(413);
  });

  it('refuse a body declared too large at once, before any of it arrives', async () => {
    const { port } = await startServer();
    // Two bytes sent of 999999999 declared, and the request left open: only the declared length can
    // tell the server to refuse; without it the server waits for bytes that never come.
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/listTutorials',
          method: 'POST',
          headers: { 'Content-Length': '999999999' },
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.write('{}');
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'payload_too_large' });
  });

  it('answer a guesser of checklist codes with 429 and Retry-After, the wait in the body too', async () => {
    const frozen = new Date(2026, 11, 1, 10);
    const { port } = await startServer(testKiosk({ now: () => frozen }));
    for (let i = 0; i < 5; i++)
      expect((await send(port, '/api/openChecklist', { body: `{"code":"0000000${i}"}` })).status).toBe(404);
    const res = await send(port, '/api/openChecklist', { body: '{"code":"00000009"}' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('2');
    expect(JSON.parse(res.body)).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 2 });
  });

  it('refuse a page from another site, and a DNS-rebound host name', async () => {
    const { port } = await startServer();
    const crossSite = await send(port, '/api/getSettings', { headers: { Origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers['content-type']).toBe('application/json; charset=utf-8');
    const rebound = await send(port, '/api/getSettings', { headers: { Host: `evil.example:${port}` } });
    expect(rebound.status).toBe(403);
    const sameOrigin = await send(port, '/api/getSettings', { headers: { Origin: `http://127.0.0.1:${port}` } });
    expect(sameOrigin.status).toBe(200);
  });

  it('serve the renderer with the same Content-Security-Policy as Electron', async () => {
    const { port } = await startServer();
    const res = await send(port, '/', { method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['the kiosk page', '/'],
    ['the kiosk page by name', '/index.html'],
    ['the checklist print page', '/print/checklist?code=12345678&lang=en'],
    ['the handout print page', '/print/handout?topic=iphone&lang=en'],
  ])(
    'make the browser ask again for %s, so after an update it never points at assets that are gone',
    async (_what, path) => {
      const { port } = await startServer();
      const res = await send(port, path, { method: 'GET' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('let the browser keep a hashed asset for a year without asking', async () => {
    const { port } = await startServer();
    const res = await send(port, '/assets/index-D2jxkOJH.js', { method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const missing = await send(port, '/assets/index-gone.js', { method: 'GET' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
  });

  it('serve HEAD on static files as well as GET', async () => {
    const { port } = await startServer();
    const res = await send(port, '/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    'refuse %s on static files with 405 and say which methods work',
    async (method) => {
      const { port } = await startServer();
      for (const path of ['/', '/index.html', '/print/checklist', '/assets/index-D2jxkOJH.js']) {
        const res = await send(port, path, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.allow).toBe('GET, HEAD');
        expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
        expect(res.body).not.toContain('SafeCall');
      }
    },
  );

  it('serve nothing outside the renderer folder', async () => {
    const { port } = await startServer();
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json']) {
      const res = await send(port, path, { method: 'GET' });
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/root:|"name"/);
    }
  });
});
