import { test as base } from '@playwright/test';
import { KioskPage } from './kiosk-page.ts';
import { startShell, type RunningShell } from './shell.ts';

export { expect } from '@playwright/test';

/**
 * Each Playwright worker gets its own browser shell (its own core, data folder and port), and every
 * page and request of its tests go there through `baseURL`: two workers never share a database, so
 * `fullyParallel` is safe and no test reads another worker's log. Within a worker, tests run one at a
 * time, and each reads only its own visits (`KioskPage.visitLog`).
 */
export const test = base.extend<{ kiosk: KioskPage }, { shell: RunningShell }>({
  shell: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use, workerInfo) => {
      const shell = await startShell({ prefix: `safecall-e2e-w${workerInfo.workerIndex}-` });
      await use(shell);
      shell.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ shell }, use) => {
    await use(shell.baseURL);
  },
  /** The page model for this test's page, reading this worker's log. */
  kiosk: async ({ page, shell }, use) => {
    await use(new KioskPage(page, shell));
  },
});
