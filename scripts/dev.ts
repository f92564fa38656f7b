import { randomBytes } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { configuredDataDir } from '../electron/core/data-dir.ts';
import { createKiosk } from '../electron/core/create-core.ts';
import { SECURITY_HEADERS } from '../electron/core/security-headers.ts';
import { startBrowserShell } from '../electron/web/browser-shell.ts';
import { devContentSecurityPolicy } from './dev-csp.ts';

/**
 * `npm run dev`: the renderer from Vite's dev server (hot reload) on PORT (5173), and the core in the
 * browser shell started here on API_PORT (any free port when unset), which Vite's proxy forwards /api
 * to. The data folder is .data/dev (git-ignored), or SAFECALL_DATA_DIR: a developer's clicking never
 * lands in the kiosk's real visit log. Changes to the renderer reload in place; changes to the core or
 * the content need a restart (Ctrl+C, then npm run dev).
 */
const appRoot = fileURLToPath(new URL('..', import.meta.url));

function portFrom(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a whole number from 0 to 65535, not "${process.env[name]}".`);
    process.exit(1);
  }
  return value;
}

const dataDir = configuredDataDir() ?? join(appRoot, '.data', 'dev');
// The shell's own static files are never asked for (Vite serves the pages), but it needs a folder to serve.
const noStatic = join(dataDir, 'dev-no-static');
mkdirSync(noStatic, { recursive: true });

const shell = await startBrowserShell({
  dataDir,
  appRoot,
  rendererDir: noStatic,
  port: portFrom('API_PORT', 0),
  createKiosk,
});
const nonce = randomBytes(16).toString('base64');
const vite = await createServer({
  configFile: join(appRoot, 'vite.config.ts'),
  html: { cspNonce: nonce },
  server: {
    host: '127.0.0.1',
    port: portFrom('PORT', 5173),
    strictPort: true,
    // The fonts come from node_modules; where that is a link to another checkout (a git worktree),
    // its real folder must be allowed too.
    fs: { allow: [appRoot, realpathSync(join(appRoot, 'node_modules'))] },
    // The kiosk's security headers, with the one dev-only difference devContentSecurityPolicy explains.
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': devContentSecurityPolicy(nonce) },
    // Only the calls (/api/<name>): the renderer's own source folder renderer/api/ is served at
    // /api/*.ts too. The Host header is kept (no changeOrigin): the browser shell checks that Host and
    // Origin agree, and both name the dev server.
    proxy: { '^/api/[A-Za-z]+$': { target: `http://127.0.0.1:${shell.port}` } },
  },
});
await vite.listen();
console.log(`SafeCall Kiosk (development) is running at http://127.0.0.1:${vite.config.server.port}/`);
console.log(`Core: the browser shell on port ${shell.port}, data folder ${dataDir}`);

async function shutdown(): Promise<void> {
  await vite.close();
  shell.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
