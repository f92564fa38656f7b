import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** Starts a second browser shell (the real electron/web/start.ts) on its own data folder and a free port. */
async function startShell(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['electron/web/start.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', SAFECALL_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((found, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match?.[1]) found(match[1]);
    });
    child.on('exit', (code) => fail(new Error(`the browser shell exited with ${code}:\n${out}`)));
  });
  return { child, url };
}

test('a browser shell whose data folder cannot be made stays up on a calm error page, then becomes the kiosk once it is fixed', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'safecall-e2e-startup-'));
  const blocker = join(root, 'not-a-folder');
  writeFileSync(blocker, 'in the way');
  const { child, url } = await startShell(join(blocker, 'data'));
  try {
    const response = await page.goto(url);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This kiosk is not available at the moment.');
    await expect(page.getByText('Please ask a member of staff.')).toBeVisible();
    await expect(page.getByText(/part of that path is a file, not a folder/)).toBeVisible();
    expect(child.exitCode).toBeNull();

    // Staff fix the folder; the shell's next try (5 s after the first) starts the real kiosk.
    rmSync(blocker);
    await expect(async () => {
      await page.goto(url);
      await expect(page.locator('.attract__surface')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    expect(child.exitCode).toBeNull();
  } finally {
    child.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  }
});
