import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKiosk } from '../../../electron/core/create-core.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security-headers.ts';
import { diskSentence } from '../../../electron/core/startup-failure.ts';
import { startBrowserShell, type BrowserShell } from '../../../electron/web/browser-shell.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

const shells: BrowserShell[] = [];
afterEach(() => shells.splice(0).forEach((s) => s.close()));

function send(port: number, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('error', reject);
      req.end(method === 'POST' ? '{}' : undefined);
    },
  );
}

/** A browser shell whose retries run only when the test says so, on a data folder that cannot be made. */
async function shellOnUnmakeableFolder() {
  const root = tempDir();
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SafeCall</title><p>the kiosk</p>');
  // A file where a folder on the data path should be: the core cannot create its folder (ENOTDIR).
  const blocker = join(root, 'not-a-folder');
  writeFileSync(blocker, 'in the way');
  const dataDir = join(blocker, 'data');
  const retries: Array<{ run: () => void; ms: number }> = [];
  const errors: string[] = [];
  const shell = await startBrowserShell({
    dataDir,
    appRoot: REPO_ROOT,
    rendererDir,
    port: 0,
    createKiosk: (options) => createKiosk({ ...options, warn: () => {} }),
    schedule: (run, ms) => void retries.push({ run, ms }),
    log: () => {},
    logError: (message) => void errors.push(message),
  });
  shells.push(shell);
  return { shell, dataDir, blocker, retries, errors };
}

describe('the browser shell when the core cannot start', () => {
  it('stays up and serves a plain error page with the one sentence on every route, with the usual security headers', async () => {
    const { shell, dataDir, errors } = await shellOnUnmakeableFolder();
    expect(shell.kiosk()).toBeUndefined();
    for (const path of ['/', '/index.html', '/assets/app.js', '/print/checklist']) {
      const page = await send(shell.port, path);
      expect(page.status).toBe(503);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
      expect(page.body).toContain(diskSentence('not_a_folder', dataDir).replace("kiosk's", 'kiosk&#39;s'));
      expect(page.body).toContain('Please ask a member of staff.');
      expect(page.body).not.toMatch(/<script|style=|\bat .*:\d+:\d+|Error:/);
    }
    expect(errors[0]).toContain(diskSentence('not_a_folder', dataDir));
  });

  it('answers 503 with a contract error on /api/*', async () => {
    const { shell } = await shellOnUnmakeableFolder();
    const res = await send(shell.port, '/api/listLocales', 'POST');
    expect(res.status).toBe(503);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(JSON.parse(res.body)).toEqual({ code: 'internal', message: expect.stringMatching(/ask a member of staff/) });
  });

  it('tries again with back-off and serves the real kiosk once the folder is fixed', async () => {
    const { shell, blocker, retries } = await shellOnUnmakeableFolder();
    expect(retries.map((r) => r.ms)).toEqual([5_000]);
    retries[0]?.run();
    expect(retries.map((r) => r.ms)).toEqual([5_000, 10_000]);
    expect((await send(shell.port, '/')).status).toBe(503);

    rmSync(blocker);
    retries[1]?.run();
    expect(retries).toHaveLength(2);
    expect(shell.kiosk()).toBeDefined();
    const page = await send(shell.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('the kiosk');
    const locales = await send(shell.port, '/api/listLocales', 'POST');
    expect(locales.status).toBe(200);
    expect(JSON.parse(locales.body).defaultLocale).toBeDefined();
  });
});
