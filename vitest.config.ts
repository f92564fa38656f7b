import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.ts';

export default defineConfig({
  test: {
    // Failure screenshots of the component tests, with the other test output.
    attachmentsDir: 'test-results/vitest-attachments',
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each test file opens its own SQLite file in a temp folder; two workers match the 2-core machines.
          pool: 'forks',
          maxWorkers: 2,
          // The folder for the integration tests' template databases (tests/support/kiosk-template.ts).
          globalSetup: ['tests/support/template-setup.ts'],
          // Integration tests start real kiosks; some start seven, and first-start tests migrate and compile
          // the content. On a busy 2-core machine that can pass 5 s: speed is the benchmark's business, not a
          // test's timeout.
          testTimeout: 30_000,
        },
      },
      {
        // Screens on their own, in the Debian Chromium (the e2e tests' browser): layout is what they
        // prove, so the real stylesheet and fonts load, at the kiosk's 1280 x 800.
        plugins: [react()],
        // The fonts are served from node_modules; a git worktree may link it from another checkout.
        server: { fs: { allow: ['.', realpathSync('node_modules')] } },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          // The tutorials as the core compiles them, built once in Node and handed to the browser.
          globalSetup: ['tests/component/tutorial-views-setup.ts'],
          // The tutorial sweep draws some 340 screens per language in one test; speed is the benchmark's
          // business, not a test's timeout, on a busy 2-core machine.
          testTimeout: 120_000,
          // A screen answers a tap at once; ten seconds is room for a loaded machine, not a wait.
          expect: { poll: { timeout: 10_000 } },
          browser: {
            enabled: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            headless: true,
            viewport: { width: 1280, height: 800 },
          },
        },
      },
    ],
    // `npm run coverage`: the Node side, and the renderer as the component tests draw it in Chromium.
    coverage: {
      provider: 'v8',
      include: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.ts'],
      exclude: ['**/*.d.ts'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});
