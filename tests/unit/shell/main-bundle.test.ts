import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, IPC_CHANNEL_PREFIX, ipcChannel } from '../../../shared/calls.ts';
import { HEARTBEAT_CHANNEL } from '../../../shared/heartbeat.ts';
import { NEWS_CHANNEL } from '../../../shared/news-names.ts';
import { build } from 'esbuild';
import { buildElectron } from '../../../scripts/build-electron.ts';
import { copyTemplateDatabase } from '../../support/kiosk-template.ts';

/**
 * The built dist/electron/main.cjs, run in plain Node with a recording stand-in for 'electron'
 * (main-bundle-stub.ts, bundled here). Electron itself cannot run on these machines; this still proves
 * the bundle loads as CommonJS, starts the real core, and wires everything in the right order.
 */
interface Run {
  calls: { name: string; detail?: unknown }[];
  results: {
    listeners: { uncaughtException: number; unhandledRejection: number; webContentsCreated: number };
    fromKiosk?: { ok: boolean };
    fromElsewhere?: { ok: boolean; error?: { code: string } };
    staffWithoutToken?: { ok: boolean; error?: { code: string } };
    traversal?: { status: number; csp: string | null };
  };
}

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'safecall-main-bundle-'));
  await Promise.all([
    buildElectron(join(work, 'electron')),
    build({
      entryPoints: [fileURLToPath(new URL('main-bundle-stub.ts', import.meta.url))],
      outfile: join(work, 'electron-stub.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      logLevel: 'warning',
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function runMain(name: string, env: Record<string, string> = {}): Promise<Run> {
  const dataDir = join(work, name);
  // The core starts on the template database, as on a kiosk's second day: what is proved here is the
  // wiring, not the content import (first starts are the integration tests'), which would cost each run a
  // compile of every tutorial. A test that writes its own kiosk.json (broken) gets no template.
  if (!existsSync(dataDir)) {
    await mkdir(dataDir, { recursive: true });
    copyTemplateDatabase(projectRoot, dataDir, undefined);
  }
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--require', join(work, 'electron-stub.cjs'), join(work, 'electron', 'main.cjs')],
    // NODE_PATH: the bundle lives in a temp folder, but better-sqlite3 stays a real package in node_modules.
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_PATH: join(projectRoot, 'node_modules'),
        STUB_APP_ROOT: projectRoot,
        STUB_APP_DATA: join(work, 'appdata'),
        SAFECALL_DATA_DIR: dataDir,
        ...env,
      },
    },
  );
  return JSON.parse(stdout) as Run;
}

/**
 * One ordinary start (no kiosk.json, the lock free, nothing throwing), shared by every test that reads
 * it: each asserts a different part of the same recorded run, and a start of its own would record the same.
 */
let ordinary: Promise<Run> | undefined;
const ordinaryStart = () => (ordinary ??= runMain('ordinary'));

const names = (run: Run) => run.calls.map((call) => call.name);
const detail = (run: Run, name: string) => run.calls.find((call) => call.name === name)?.detail;

describe('the main bundle (main.cjs) with a stand-in Electron', () => {
  it('sets the data folder and the app scheme up before the lock and before ready', async () => {
    const run = await ordinaryStart();
    const order = names(run);
    expect(detail(run, 'setPath')).toEqual({ name: 'userData', value: join(work, 'ordinary') });
    expect(order.indexOf('setPath')).toBeLessThan(order.indexOf('lock'));
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('setApplicationMenu')).toBeLessThan(order.indexOf('BrowserWindow'));
    expect(order.indexOf('setPermissionRequestHandler')).toBeLessThan(order.indexOf('loadURL'));
  });

  it('starts the real core and answers the kiosk page, and only the kiosk page, over IPC', async () => {
    const run = await ordinaryStart();
    expect(run.calls.filter((call) => call.name === 'ipcMain.handle').map((call) => call.detail)).toEqual(
      CALL_NAMES.map(ipcChannel),
    );
    expect(run.results.fromKiosk).toMatchObject({ ok: true });
    expect(run.results.fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(run.results.staffWithoutToken).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('opens one locked-down kiosk window on app://kiosk and keeps the screen on', async () => {
    const run = await ordinaryStart();
    const options = detail(run, 'BrowserWindow') as { kiosk: boolean; webPreferences: Record<string, unknown> };
    expect(options.kiosk).toBe(true);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
      preload: join(projectRoot, 'dist', 'electron', 'preload.cjs'),
    });
    expect(detail(run, 'loadURL')).toBe('app://kiosk/index.html');
    expect(detail(run, 'setApplicationMenu')).toBeNull();
    expect(detail(run, 'powerSaveBlocker.start')).toBe('prevent-display-sleep');
    expect(run.results.traversal).toMatchObject({ status: 403, csp: expect.stringContaining("default-src 'none'") });
  });

  it('listens for main-process exceptions before anything else, so Electron never shows its stack-trace dialog', async () => {
    const run = await ordinaryStart();
    expect(run.results.listeners.uncaughtException).toBeGreaterThanOrEqual(1);
    expect(run.results.listeners.unhandledRejection).toBeGreaterThanOrEqual(1);
    expect(names(run).slice(0, 3)).toEqual(['process.on', 'process.on', 'setPath']);
  });

  it('guards every page Electron creates and watches the kiosk page for a heartbeat', async () => {
    const run = await ordinaryStart();
    const order = names(run);
    expect(run.results.listeners.webContentsCreated).toBe(1);
    // The window's page was guarded as it was created (the global hook), and once only.
    expect(order.filter((name) => name === 'setWindowOpenHandler')).toHaveLength(1);
    expect(run.calls.filter((call) => call.name === 'ipcMain.on').map((call) => call.detail)).toEqual([
      HEARTBEAT_CHANNEL,
    ]);
  });

  it('restarts the app, with no dialog, when start() throws', async () => {
    const run = await runMain('start-throws', { STUB_WINDOW_THROWS: '1' });
    expect(names(run)).not.toContain('showErrorBox');
    expect(names(run)).toContain('relaunch');
    expect(detail(run, 'exit')).toBe(0);
  });

  it('only exits when start() throws under a watchdog', async () => {
    const run = await runMain('start-throws-supervised', { STUB_WINDOW_THROWS: '1', SAFECALL_SUPERVISED: '1' });
    expect(names(run)).not.toContain('showErrorBox');
    expect(names(run)).not.toContain('relaunch');
    expect(detail(run, 'exit')).toBe(1);
  });

  it('quits without opening anything when another copy holds the lock', async () => {
    const run = await runMain('second', { STUB_LOCK: '0' });
    expect(names(run)).toContain('quit');
    expect(names(run)).not.toContain('whenReady');
    expect(names(run)).not.toContain('BrowserWindow');
  });

  it('shows a broken kiosk.json on an error screen and keeps running to try again, never exiting', async () => {
    const dataDir = join(work, 'broken');
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'kiosk.json'), JSON.stringify({ centerName: 'Typo Hall' }));
    const run = await runMain('broken');
    const shown = run.calls.filter((call) => call.name === 'loadURL').map((call) => String(call.detail));
    expect(shown).toHaveLength(1);
    expect(decodeURIComponent(shown[0] ?? '')).toMatch(
      /^data:text\/html;charset=utf-8,<!doctype html>[\s\S]*kiosk\.json/,
    );
    expect(names(run)).not.toContain('exit');
    expect(names(run)).not.toContain('showErrorBox');
    // The error screen is a kiosk window like the real one: full screen and sandboxed.
    expect(detail(run, 'BrowserWindow')).toMatchObject({
      kiosk: true,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    expect(names(run)).not.toContain('ipcMain.handle');
  });
});

describe('the Windows print path in the main bundle', () => {
  it('keeps pdf-to-printer a real package (it runs the SumatraPDF.exe beside it) and never loads it on Linux', async () => {
    const main = await readFile(join(work, 'electron', 'main.cjs'), 'utf8');
    expect(main).toContain('require("pdf-to-printer")');
    // Its own code (the SumatraPDF command line) is not copied in.
    expect(main).not.toContain('-print-to-default');
    const run = await ordinaryStart();
    expect(run.calls).not.toContainEqual({ name: 'require', detail: 'pdf-to-printer' });
    expect(names(run)).toContain('BrowserWindow');
  });
});

describe('the preload bundle (preload.cjs)', () => {
  it('is CommonJS, carries every call name and the channel prefix as plain data, and leaves zod behind', async () => {
    const preload = await readFile(join(work, 'electron', 'preload.cjs'), 'utf8');
    expect(preload).toContain('require("electron")');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    for (const call of CALL_NAMES) expect(preload).toContain(JSON.stringify(call));
    expect(preload).toContain(JSON.stringify(IPC_CHANNEL_PREFIX));
    expect(preload).toContain(JSON.stringify(NEWS_CHANNEL));
    expect(preload).not.toMatch(/zod/i);
    expect(preload.length).toBeLessThan(5_000);
  });
});
