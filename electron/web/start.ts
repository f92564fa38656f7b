import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configuredDataDir, defaultDataDir } from '../core/data-dir.ts';
import { createKiosk } from '../core/create-core.ts';
import { startBrowserShell, type BrowserShell } from './browser-shell.ts';

/** The browser shell: the same core and the same renderer, served on loopback for any browser. */
export const DEFAULT_PORT = 5174;

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');

/** Only for problems no retry can fix (a bad PORT, an unbuilt renderer, a port in use). */
function fatal(message: string): never {
  console.error(`SafeCall Kiosk could not start.\n${message}`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fatal(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
if (!existsSync(join(rendererDir, 'index.html')))
  fatal(`The renderer is not built (${rendererDir}). Run "npm run build:renderer" first.`);

const dataDir = configuredDataDir() ?? defaultDataDir();
let shell: BrowserShell;
try {
  // A core that cannot start (full disk, read-only folder, bad kiosk.json) does not end the process:
  // the shell serves the error page and tries again with back-off (browser-shell.ts).
  shell = await startBrowserShell({ dataDir, appRoot, rendererDir, port, createKiosk });
  console.log(`SafeCall Kiosk (browser shell) is running at http://127.0.0.1:${shell.port}/`);
  console.log(`Data folder: ${dataDir}`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fatal(
    code === 'EADDRINUSE' ? `Port ${port} is already in use. Set PORT to another number.` : (error as Error).message,
  );
}

function shutdown() {
  shell.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
