import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { NewsProvider } from '../../renderer/api/news-context.tsx';
import { initialJourney, journeyReducer, type JourneyState } from '../../renderer/flow/journey.ts';
import { StaffScreens } from '../../renderer/screens/Staff/StaffScreens.tsx';
import type { CallResponse } from '../../shared/api.ts';
import { fakeNews } from './fake-news.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';

/**
 * The staff screens hear that their session ended (news `staffSessionEnded`, which the core sends to
 * this window or page alone: tests/unit/core/staff, tests/integration/web/news.test.ts) and go back to
 * the PIN pad through the journey, at once, with no staff call and no timer of their own.
 */
const HEALTH: CallResponse<'getHealth'> = {
  voices: { reported: true, available: ['en'], missing: [] },
  content: { tutorials: 23, unconfirmed: 0 },
  faults: { render: 0, uncaught: 0, rejection: 0 },
  visitLog: { ok: true, pending: 0, dropped: 0, failures: 0 },
  recovery: { lastStart: { action: 'none' }, damagedFilesKept: [] },
  backups: { count: 1, newestDay: '2026-12-05', failing: false },
  resumeCodes: { throttled: 0 },
  printer: 'ready',
  database: { ok: true },
  disk: { freeBytes: 20e9, low: false },
  clock: { ok: true },
  versions: { app: '0.1.0', node: '24.0.0' },
  locales: ['en'],
};

/** The staff screens as App draws them, moved by the real journey reducer. */
function Staff({ start }: { start: JourneyState }) {
  const [journey, dispatch] = useReducer(journeyReducer, start);
  return journey.screen === 'staffPin' || journey.screen === 'staffHome' || journey.screen === 'staffHealth' ? (
    <StaffScreens
      onSettingsChanged={() => {}}
      screen={journey.screen}
      dispatch={dispatch}
      onSignedIn={() => {}}
      onSignOut={() => {}}
      journey={journey}
      enabled={['en']}
      uiLocale="en"
      onPrinting={() => {}}
    />
  ) : (
    <p>visitor screen</p>
  );
}

describe('the end of the staff session, told by the core', () => {
  it('takes the health page back to the PIN pad at once, without a staff call', async () => {
    const { news, push, listening } = fakeNews();
    const api = fakeKiosk({
      getHealth: () => HEALTH,
      getStaffStatus: () => ({
        pinSet: true,
        setupAvailable: false,
        lockedForSeconds: 0,
        triesLeft: 5,
        signedIn: false,
      }),
    });
    await mountScreen(
      <NewsProvider news={news}>
        <Staff start={{ ...initialJourney, screen: 'staffHealth', staffReturn: 'language' }} />
      </NewsProvider>,
      { api },
    );
    await expect.element(page.getByRole('heading', { name: 'Kiosk health' })).toBeVisible();
    await expect.poll(() => listening('staffSessionEnded')).toBe(1);
    const callsBefore = api.calls.map((c) => c.call);
    push('staffSessionEnded', { reason: 'expired' });
    await expect.element(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    expect(document.querySelector('.health')).toBeNull();
    // The pad asks the core for its status; no staff call was made to find out.
    expect(api.calls.map((c) => c.call).slice(callsBefore.length)).toEqual(['getStaffStatus']);
  });
});
