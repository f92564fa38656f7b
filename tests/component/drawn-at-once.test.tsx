import { useReducer, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { cachingContent } from '../../renderer/api/content-cache.ts';
import { KioskProvider } from '../../renderer/api/kiosk-context.tsx';
import { initialJourney, journeyReducer, type JourneyState } from '../../renderer/flow/journey.ts';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { TutorialPlayerScreen } from '../../renderer/screens/TutorialPlayer/TutorialPlayerScreen.tsx';
import type { KioskApi } from '../../shared/api.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { shownText } from './text.ts';

const VISIT = '00000000-0000-4000-8000-000000000011';
const views = inject('tutorialViews');
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((done) => done()));

/** The kiosk's door as App builds it: the content cache over the core (here the fake one, serving real guides). */
function kioskDoor() {
  const core = fakeKiosk({
    openTutorial: ({ tutorialId, locale }) => {
      const tutorial = views[locale].find((t) => t.id === tutorialId);
      if (!tutorial?.variants[0]) throw new Error(`no tutorial ${tutorialId}`);
      return { tutorial, variant: tutorial.variants[0] };
    },
  });
  return { core, api: cachingContent(core) };
}

/** Draws `screen` in 繁體中文 over `api`, synchronously (unmounted after the test); the element it is drawn in. */
async function drawn(api: KioskApi, screen: ReactNode): Promise<HTMLElement> {
  const i18n = createI18n();
  await i18n.changeLanguage('zh-Hant');
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  cleanups.push(() => (root.unmount(), host.remove()));
  flushSync(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <KioskProvider api={api}>{screen}</KioskProvider>
      </I18nextProvider>,
    ),
  );
  return host;
}

/**
 * Opens `tutorialId` for the visit as the plan's Start does, drawing synchronously (as React draws after a tap),
 * and says what the page holds at the end of that one drawing: what the next paint would show.
 */
async function openAndLook(api: KioskApi, tutorialId: string) {
  const host = await drawn(
    api,
    <TutorialPlayerScreen
      locale="zh-Hant"
      visitId={VISIT}
      tutorialId={tutorialId}
      variantId={null}
      stepIndex={0}
      versionUnsure={false}
      canOpen={() => true}
      dispatch={() => {}}
    />,
  );
  return {
    loading: host.querySelector('.call-status') !== null,
    version: host.querySelector('.version__choice') !== null,
    step: host.querySelector('.step__text') !== null ? shownText('.step__text') : null,
  };
}

/**
 * Issue 18: a guide the plan read ahead is drawn in the frame of the tap that opened it. Before, its screen first
 * drew and painted its loading line, and the guide a frame later: 30–50 ms of every guide opened on a slow PC
 * (tap bench, trace at CPU 4×), and a flash of "Loading" before every guide.
 */
describe('content read ahead is drawn at once', () => {
  const single = views['zh-Hant'].find((t) => t.variants.length === 1);

  it('draws a guide read ahead in the same drawing as the tap, at its first step, never its loading line', async () => {
    expect(single, 'a guide with one version').toBeDefined();
    const { api, core } = kioskDoor();
    await api.openTutorial({ tutorialId: single!.id, locale: 'zh-Hant' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const seen = await openAndLook(api, single!.id);
    expect(seen).toEqual({ loading: false, version: false, step: expect.any(String) });
    expect(seen.step).not.toBe('');
    // Its log line for the visit still goes to the core, after the tap.
    const forTheVisit = () =>
      core.calls.filter((c) => c.call === 'openTutorial' && (c.request as { visitId?: string }).visitId);
    await expect.poll(forTheVisit).toHaveLength(1);
    // Once: a second would log the guide opened twice.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(forTheVisit()).toHaveLength(1);
  });

  it('takes a tap on Next the moment a one-version guide is drawn: the journey knows its version by then', async () => {
    // Not read ahead: the guide arrives from the core a moment after the tap, and is drawn then.
    const { api } = kioskDoor();
    const onPlan: JourneyState = { ...initialJourney, screen: 'plan', locale: 'zh-Hant', visitId: VISIT };
    function Journey() {
      const [journey, dispatch] = useReducer(journeyReducer, onPlan);
      if (journey.screen !== 'tutorial')
        return (
          <button type="button" onClick={() => dispatch({ type: 'tutorialChosen', tutorialId: single!.id })}>
            Start
          </button>
        );
      return (
        <TutorialPlayerScreen
          locale="zh-Hant"
          visitId={VISIT}
          tutorialId={single!.id}
          variantId={journey.variantId}
          stepIndex={journey.stepIndex}
          versionUnsure={false}
          canOpen={() => true}
          dispatch={dispatch}
        />
      );
    }
    const host = await drawn(api, <Journey />);
    // Start, then Next the moment the first step is in the page, as a quick finger (or the soak) taps.
    let progress: string | null | undefined;
    const nextTapped = new Promise<void>((resolve) => {
      const watching = new MutationObserver(() => {
        const next = host.querySelector<HTMLButtonElement>('.step-nav__next');
        if (!next) return;
        watching.disconnect();
        progress = host.querySelector('.step-progress__text')?.textContent;
        next.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        next.click();
        resolve();
      });
      watching.observe(host, { subtree: true, childList: true });
    });
    const start = host.querySelector('button')!;
    start.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    start.click();
    await nextTapped;
    await expect.poll(() => host.querySelector('.step-progress__text')?.textContent).not.toBe(progress);
  });

  it('shows the loading line while a guide not read ahead is on its way, then the guide', async () => {
    const { api } = kioskDoor();
    expect(await openAndLook(api, single!.id)).toEqual({ loading: true, version: false, step: null });
    await expect.poll(() => document.querySelector('.step__text')).not.toBeNull();
  });
});
