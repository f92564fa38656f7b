import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { App } from '../../renderer/App.tsx';
import type { StaffStatus } from '../../shared/staff.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * The visitor reset (renderer/App.tsx) ends staff mode too: staff who signed in and walked away from
 * the screen leave no session behind for the next visitor. The whole page, on a fake core that records
 * every call, with the page's clock stopped so the idle minutes pass at once. That the core ends the
 * session it is asked to end is proven in tests/integration/staff; that "start over" signs out, in
 * tests/e2e/staff-entry.e2e.ts.
 */
const answers = inject('screenAnswers').en;
const PIN = '246813';
const STATUS: StaffStatus = { pinSet: true, setupAvailable: false, lockedForSeconds: 0, triesLeft: 5, signedIn: false };

// Taken before the clock is stopped: waiting for the page must not move its time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Waits on the real clock until `selector` is on screen (ten seconds at most: a loaded machine, not a wait). */
async function until(selector: string) {
  for (let tries = 0; tries < 500; tries += 1) {
    if (document.querySelector(selector)?.checkVisibility()) return;
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
  throw new Error(`waited ten seconds for ${selector}`);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the visitor idle reset', () => {
  it('signs out the staff who were signed in on this page, and goes back to the lobby', async () => {
    const settings = { ...answers.settings, idle: { ...answers.settings.idle, chime: false } };
    const api = fakeKiosk({
      listLocales: () => answers.listLocales,
      getSettings: () => settings,
      reportVoices: () => ({ recorded: true }),
      getStaffStatus: () => STATUS,
      staffSignIn: () => ({ session: { token: 'a'.repeat(43), expiresInSeconds: 300 } }),
      staffSignOut: () => ({ signedOut: true }),
    });
    await mountScreen(<App />, { api, frame: false });
    await until('.attract__surface');
    await userEvent.keyboard('{Control>}{Alt>}s{/Alt}{/Control}');
    await expect.element(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    for (const digit of PIN) await page.getByRole('button', { name: digit, exact: true }).click();
    // The clock stops before the last touch: from that touch on, the idle minutes run on it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await until('.staff');
    expect(document.querySelector('h1')?.textContent).toBe('Staff');
    expect(api.calls.map((c) => c.call)).not.toContain('staffSignOut');

    const { warnAfterSeconds, countdownSeconds } = settings.idle;
    await vi.advanceTimersByTimeAsync(warnAfterSeconds * 1000);
    await until('.idle__stay');
    await vi.advanceTimersByTimeAsync(countdownSeconds * 1000);
    await until('.attract__surface');
    const staffCalls = api.calls.map((c) => c.call).filter((call) => call.startsWith('staff'));
    expect(staffCalls).toEqual(['staffSignIn', 'staffSignOut']);
  });
});
