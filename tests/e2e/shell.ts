import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createKiosk, type Kiosk, type KioskOptions } from '../../electron/core/create-core.ts';
import { createWebServer, listen } from '../../electron/web/server.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');

/** A Hong Kong centre on its first day: the provisioning every shared e2e kiosk starts from. */
export const TEST_CENTRE = {
  centreName: 'Test Centre',
  region: 'HK',
  defaultLocale: 'zh-Hant',
  help: { staffLocation: 'Front desk, ground floor' },
} as const;

/** A browser shell in this process: its own data folder, the built renderer, a free port on loopback. */
export interface RunningShell {
  kiosk: Kiosk;
  server: Server;
  dataDir: string;
  baseURL: string;
  close(): void;
}

export interface ShellOptions {
  /** Written as kiosk.json before the core starts; `null` writes none. */
  kioskJson?: unknown;
  /** The temp folder's name starts with this, so a left-over folder says whose it was. */
  prefix?: string;
  /** Anything else the core takes (a clock, a warn sink...). */
  core?: Partial<KioskOptions>;
}

/**
 * Starts a fresh kiosk and serves it on port 0, so no fixed port can be taken by anything else and
 * no two shells share a database. The renderer must be built (npm test builds it first).
 */
export async function startShell(options: ShellOptions = {}): Promise<RunningShell> {
  const dataDir = mkdtempSync(join(tmpdir(), options.prefix ?? 'safecall-e2e-'));
  const kioskJson = options.kioskJson === undefined ? TEST_CENTRE : options.kioskJson;
  if (kioskJson !== null) writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify(kioskJson));
  const kiosk = createKiosk({ appRoot: REPO, warn: () => {}, ...options.core, dataDir });
  const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: join(REPO, 'dist', 'renderer') });
  const port = await listen(server, 0);
  return {
    kiosk,
    server,
    dataDir,
    baseURL: `http://127.0.0.1:${port}`,
    close() {
      server.closeAllConnections();
      server.close();
      kiosk.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
