import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configuredDataDir, defaultDataDir } from '../core/data-dir.ts';
import { createKiosk, StartupError, type Kiosk } from '../core/kiosk.ts';
import { createWebServer, listen } from './server.ts';

/** The browser shell: the same core and the same renderer, served on loopback for any browser. */
export const DEFAULT_PORT = 5174;

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');

function fatal(message: string): never {
  console.error(`SafeCall Kiosk could not start.\n${message}`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) fatal(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
if (!existsSync(join(rendererDir, 'index.html'))) fatal(`The renderer is not built (${rendererDir}). Run "npm run build:renderer" first.`);

const dataDir = configuredDataDir() ?? defaultDataDir();
let kiosk: Kiosk;
try {
  kiosk = createKiosk({ dataDir, appRoot });
} catch (error) {
  if (error instanceof StartupError) fatal(error.message);
  throw error;
}

const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir });
try {
  const actual = await listen(server, port);
  console.log(`SafeCall Kiosk (browser shell) is running at http://127.0.0.1:${actual}/`);
  console.log(`Data folder: ${dataDir}`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fatal(code === 'EADDRINUSE' ? `Port ${port} is already in use. Set PORT to another number.` : (error as Error).message);
}

function shutdown() {
  server.close();
  kiosk.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
