import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
    // `npm run coverage` (needs @vitest/coverage-v8): the Node side and the renderer's pure logic.
    coverage: {
      provider: 'v8',
      include: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.ts'],
      exclude: ['**/*.d.ts'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});
