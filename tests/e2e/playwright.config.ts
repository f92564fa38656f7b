import { defineConfig } from '@playwright/test';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

assertChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/e2e',
  // The template database the workers' shells start from, built once (template-setup.ts).
  globalSetup: './template-setup.ts',
  // Each worker has its own browser shell and database (fixtures.ts), and tests read only their own
  // visits, so any test may run beside any other.
  fullyParallel: true,
  // Two cores: two browsers at a time.
  workers: 2,
  retries: 0,
  // Two cores shared by a browser, the shell and axe scans: 30 s per test is too tight when the machine is busy.
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    // No baseURL here: each worker's own shell sets it (fixtures.ts), on a port the system chose.
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
