import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own SQLite file in a temp folder; two workers match the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
  },
});
