import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CALL_NAMES } from '../../shared/api.ts';
import { electronMissingReason, findElectronBinary } from '../../scripts/electron-binary.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
const START_URL = 'app://kiosk/index.html';
/** The attract screen's touch surface; the browser-shell e2e tests find it the same way. */
const ATTRACT = '.attract__surface';

test.skip(binary === null, `Electron binary not installed on this machine: ${electronMissingReason()}`);

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'safecall-electron-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  // executablePath always: without it Playwright requires the electron package, which starts a download.
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [projectRoot],
    env: { ...env, SAFECALL_DATA_DIR: dataDir },
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The state of the one kiosk window, read in the main process. */
function mainWindowState() {
  return app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return null;
    const contents = window.webContents;
    return {
      windows: BrowserWindow.getAllWindows().length,
      kiosk: window.isKiosk(),
      fullScreen: window.isFullScreen(),
      url: contents.getURL(),
      crashed: contents.isCrashed(),
      loading: contents.isLoading(),
      devToolsOpen: contents.isDevToolsOpened(),
    };
  });
}

test('the first window shows the attract screen', async () => {
  await expect(page).toHaveURL(START_URL);
  await expect(page.locator(ATTRACT)).toBeVisible();
});

test('the window is a full-screen kiosk', async () => {
  await expect.poll(async () => (await mainWindowState())?.fullScreen).toBe(true);
  expect(await mainWindowState()).toMatchObject({ windows: 1, kiosk: true, devToolsOpen: false });
});

test('navigating away from app://kiosk is blocked', async () => {
  await page.waitForLoadState('domcontentloaded');
  for (const target of ['https://example.com/', 'file:///etc/passwd']) {
    await page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await page.waitForTimeout(500);
    expect((await mainWindowState())?.url).toBe(START_URL);
  }
});

test('window.open is denied', async () => {
  await page.waitForLoadState('domcontentloaded');
  const opened = await page.evaluate(
    () => window.open('https://example.com/') !== null || window.open('app://kiosk/index.html') !== null,
  );
  expect(opened).toBe(false);
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('the page gets window.kiosk and nothing of Node', async () => {
  await page.waitForLoadState('domcontentloaded');
  const seen = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    const bridge = scope.kiosk as Record<string, unknown> | undefined;
    return {
      calls: bridge ? Object.keys(bridge).sort() : null,
      allFunctions: bridge ? Object.values(bridge).every((value) => typeof value === 'function') : false,
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
    };
  });
  expect(seen).toEqual({
    calls: [...CALL_NAMES].sort(),
    allFunctions: true,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
  const envelope = await page.evaluate(() =>
    (window as unknown as { kiosk: { listLocales(r: object): Promise<unknown> } }).kiosk.listLocales({}),
  );
  expect(envelope).toMatchObject({ ok: true });
});

test('a crashed renderer is reloaded', async () => {
  await expect(page.locator(ATTRACT)).toBeVisible();
  // Wait for the crash itself first, so the page still showing before the renderer dies cannot pass.
  const reason = await app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<string>((resolve, reject) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        if (!contents) return reject(new Error('no kiosk window'));
        contents.once('render-process-gone', (_event, details) => resolve(details.reason));
        contents.forcefullyCrashRenderer();
      }),
  );
  expect(reason).toBe('killed');
  await expect
    .poll(
      async () => {
        const state = await mainWindowState();
        return state && !state.crashed && !state.loading ? state.url : null;
      },
      { timeout: 20_000 },
    )
    .toBe(START_URL);
  // Read through the main process: Playwright's page object may not survive its renderer crashing.
  await expect
    .poll(() =>
      app.evaluate(
        ({ BrowserWindow }, selector) =>
          BrowserWindow.getAllWindows()[0]?.webContents.executeJavaScript(
            `document.querySelector(${JSON.stringify(selector)}) !== null`,
          ),
        ATTRACT,
      ),
    )
    .toBe(true);
});
