import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createKiosk, type Kiosk, type KioskOptions } from '../../electron/core/create-core.ts';
import { startBrowserShell } from '../../electron/web/browser-shell.ts';
import { copyTemplateFrom } from '../support/template-database.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');

/** This Playwright run's template database folder (template-setup.ts); unset outside the e2e run (the bench). */
export const TEMPLATES_ENV = 'SAFECALL_E2E_TEMPLATES';

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
 * no two shells share a database. The renderer must be built (npm test builds it first). In the e2e run
 * its data folder starts with a copy of the template database for its kiosk.json, as the integration
 * tests' kiosks do: the start a kiosk makes on its second day, without importing the content again.
 */
export async function startShell(options: ShellOptions = {}): Promise<RunningShell> {
  const dataDir = mkdtempSync(join(tmpdir(), options.prefix ?? 'safecall-e2e-'));
  const kioskJson = options.kioskJson === undefined ? TEST_CENTRE : options.kioskJson;
  if (kioskJson !== null) writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify(kioskJson));
  const templates = process.env[TEMPLATES_ENV];
  if (templates) copyTemplateFrom(templates, REPO, dataDir, kioskJson ?? undefined);
  // The browser shell itself (npm start's), so the e2e tests meet its routes as a visitor's browser
  // does: the calls, the pages, and the news stream.
  const shell = await startBrowserShell({
    dataDir,
    appRoot: REPO,
    rendererDir: join(REPO, 'dist', 'renderer'),
    port: 0,
    createKiosk: (core) => createKiosk({ ...core, warn: () => {}, ...options.core, dataDir }),
    log: () => {},
    logError: (message) => console.error(message),
  });
  const kiosk = shell.kiosk();
  if (!kiosk) {
    shell.close();
    throw new Error(`The e2e kiosk did not start in ${dataDir}: see the error above.`);
  }
  return {
    kiosk,
    server: shell.server,
    dataDir,
    baseURL: `http://127.0.0.1:${shell.port}`,
    close() {
      shell.server.closeAllConnections();
      shell.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
