import { defineConfig } from '@playwright/test';
import { electronMissingReason, findElectronBinary } from '../../scripts/electron-binary.ts';

const binary = findElectronBinary();

// Workers load this file too; the line belongs once, in the runner's own output.
if (!binary && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    `Electron smoke tests skipped: Electron binary not installed on this machine: ${electronMissingReason()}.`,
  );
}

/**
 * Playwright _electron smoke tests of the real shell. They need the Electron binary (and a display:
 * on a Linux runner use xvfb-run), and an unfused Electron: _electron.launch times out when the
 * EnableNodeCliInspectArguments fuse is off, which is why they run against the app from source,
 * not the packaged release.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  // One kiosk window at a time: each is full-screen and they would fight over the display.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
  globalSetup: binary ? './build-app.ts' : undefined,
});
