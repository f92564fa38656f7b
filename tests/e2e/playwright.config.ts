import { defineConfig } from '@playwright/test';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { E2E_PORT as PORT } from './e2e-data-dir.ts';

assertChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  // Two cores: the sweep's locales run two at a time.
  workers: 2,
  retries: 0,
  // Two cores shared by a browser, the shell and axe scans: 30 s per test is too tight when the machine is busy.
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The renderer must be built first (npm test does it): the shell serves dist/renderer.
    command: 'node tests/e2e/serve-fresh.ts',
    cwd: '../..',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 30_000,
  },
});
