import { existsSync } from 'node:fs';

/**
 * Debian's Chromium is the browser for end-to-end tests: Playwright cannot download its own here,
 * and Chromium 156 is the engine of Electron 45. CHROMIUM_PATH overrides the location.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 156 (new headless is the whole browser) builds its omnibox popup, a WebUI page in a renderer
  // of its own, for every new window: about 1.5 s of CPU on these 2 cores, during the very page load the
  // cold-start benchmark times and every e2e test waits on. Electron has no omnibox, so the kiosk never
  // pays it; the tests should not either.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install Debian's chromium package (bash .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
}
