import { describe, expect, it } from 'vitest';
import { eventsSent, logEvent } from '../../renderer/flow/log-event.ts';
import { fakeKiosk } from './fake-kiosk.ts';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const visitId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('visit events', () => {
  it('go to the core after the frame that drew their screen, never inside the tap, in the order logged', async () => {
    const api = fakeKiosk();
    const sent = () => api.calls.filter((c) => c.call === 'recordEvent').map((c) => c.request);
    logEvent(api, { visitId, kind: 'tutorial_step_viewed', tutorialId: 'ios-facetime-off', stepIndex: 0 });
    logEvent(api, { visitId, kind: 'tutorial_step_viewed', tutorialId: 'ios-facetime-off', stepIndex: 1 });
    // Still inside the "tap": nothing has gone out.
    expect(sent()).toEqual([]);
    await frame();
    await eventsSent();
    expect(sent()).toEqual([
      { visitId, kind: 'tutorial_step_viewed', tutorialId: 'ios-facetime-off', stepIndex: 0 },
      { visitId, kind: 'tutorial_step_viewed', tutorialId: 'ios-facetime-off', stepIndex: 1 },
    ]);
  });

  it('a core that refuses an event costs the visitor nothing: the next ones still go', async () => {
    let first = true;
    const api = fakeKiosk({
      recordEvent: () => {
        if (first) {
          first = false;
          throw new Error('the visit log is locked');
        }
        return { recorded: true };
      },
    });
    logEvent(api, { visitId, kind: 'help_requested' });
    await eventsSent();
    logEvent(api, { visitId, kind: 'visit_reset' });
    await eventsSent();
    expect(api.calls.filter((c) => c.call === 'recordEvent')).toHaveLength(2);
  });
});
