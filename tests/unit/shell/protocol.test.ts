import type { Protocol } from 'electron';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../electron/core/security-headers.ts';
import { createAppProtocolHandler, registerAppScheme, resolveAppFile } from '../../../electron/shell/protocol.ts';

let base: string;
let root: string;

beforeAll(async () => {
  // <base>/secret.txt sits next to the renderer build, one "../" away from being served.
  base = await mkdtemp(join(tmpdir(), 'safecall-protocol-'));
  root = join(base, 'dist', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>SafeCall Kiosk</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("kiosk")');
  await writeFile(join(root, 'assets', 'font.woff2'), 'woff2');
  await writeFile(join(base, 'secret.txt'), 'not for the page');
  await writeFile(join(base, 'dist', 'secret.txt'), 'not for the page either');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function handler() {
  const fetched: string[] = [];
  const handle = createAppProtocolHandler({
    rendererRoot: root,
    fetchFile: async (fileUrl) => {
      fetched.push(fileURLToPath(fileUrl));
      return new Response(await readFile(fileURLToPath(fileUrl)));
    },
    isFile: async (path) => {
      try {
        await readFile(path);
        return true;
      } catch {
        return false;
      }
    },
  });
  return { fetched, get: (url: string, method = 'GET') => handle(new Request(url, { method })) };
}

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
}

describe('app:// handler', () => {
  it('serves index.html for the root and carries every security header', async () => {
    const response = await handler().get('app://kiosk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('SafeCall Kiosk');
    expectSecurityHeaders(response);
  });

  it('serves assets with their own content type (module scripts need it under nosniff)', async () => {
    const { get } = handler();
    const script = await get('app://kiosk/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(script);
    expect((await get('app://kiosk/assets/font.woff2')).headers.get('Content-Type')).toBe('font/woff2');
  });

  it.each([
    ['encoded slashes', 'app://kiosk/..%2f..%2fsecret.txt'],
    ['encoded slashes, upper case', 'app://kiosk/..%2F..%2Fsecret.txt'],
    ['encoded dots and slashes', 'app://kiosk/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['one level up', 'app://kiosk/..%2fsecret.txt'],
    ['from a subfolder', 'app://kiosk/assets/..%2f..%2f..%2fsecret.txt'],
  ])('refuses path traversal through %s, with 403 and without reading the file', async (_label, url) => {
    const { get, fetched } = handler();
    const response = await get(url);
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
    expect(fetched).toEqual([]);
  });

  it('gets nothing outside the build from plain ../, %2e%2e or an encoded absolute path either', async () => {
    // The URL parser folds ../ and %2e%2e/ away before the handler sees them, and a leading "//" is
    // joined under the root, so these look for a file inside the build that is not there.
    const { get, fetched } = handler();
    const urls = [
      'app://kiosk/../../etc/passwd',
      'app://kiosk/%2e%2e/%2e%2e/secret.txt',
      'app://kiosk/../secret.txt',
      'app://kiosk/%2fetc%2fpasswd',
    ];
    for (const url of urls) {
      expect((await get(url)).status).toBe(404);
    }
    expect(fetched).toEqual([]);
  });

  it('refuses any host but kiosk', async () => {
    const { get, fetched } = handler();
    for (const url of ['app://evil/index.html', 'app://kiosk.evil/index.html', 'app://localhost/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(403);
      expectSecurityHeaders(response);
    }
    expect(fetched).toEqual([]);
  });

  it('answers 404 with security headers for a missing file or a folder', async () => {
    const { get } = handler();
    for (const url of ['app://kiosk/missing.js', 'app://kiosk/assets/', 'app://kiosk/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
    }
  });

  it('answers 400 to malformed paths and 405 to anything but GET and HEAD', async () => {
    const { get } = handler();
    expect((await get('app://kiosk/index.html%00.js')).status).toBe(400);
    expect((await get('app://kiosk/%E0%A4%A')).status).toBe(400);
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kiosk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveAppFile', () => {
  it('keeps every answer inside the renderer build', () => {
    expect(resolveAppFile(root, 'app://kiosk/index.html')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://kiosk/')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://kiosk/..%2f..%2fsecret.txt')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://kiosk/..%2f')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://kiosk/..%2frenderer-evil%2fx')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'https://kiosk/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'no url')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('registerAppScheme', () => {
  it('registers app as standard, secure and fetch-capable, and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as Pick<Protocol, 'registerSchemesAsPrivileged'>);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
