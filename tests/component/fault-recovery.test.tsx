import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../renderer/App.tsx';
import { useHeartbeat } from '../../renderer/api/heartbeat.ts';
import { setFaultPlace } from '../../renderer/fault/fault-place.ts';
import { FaultRecovery } from '../../renderer/fault/FaultRecovery.tsx';
import { UI_STRINGS } from '../../renderer/i18n/i18n.ts';
import { mount } from '../../renderer/mount.tsx';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { SafetyAdviceView } from '../../shared/safety-schema.ts';
import { kioskSettingsSchema } from '../../shared/settings-schema.ts';
// The kiosk's own stylesheet, as renderer/main.tsx loads it: "visible" means what it means on the kiosk.
import '../../renderer/styles/app.css';

/**
 * The page's fault handling in real Chromium (an error boundary needs a real React DOM): the real
 * mount(), FaultRecovery and CalmScreen, the core replaced by a recording stand-in for Electron's
 * preload bridge, time by vitest's fake timers. The journey is a stand-in screen that throws on
 * demand; the real bundle and core are the e2e test's (tests/e2e/render-error.e2e.ts). mount() runs
 * React in StrictMode, which in this development build runs every effect twice on mount: counts below
 * are of distinct screens, not of effect runs.
 */

const START = Date.UTC(2026, 11, 6, 10, 0, 0);

const strings = (locale: Locale) => UI_STRINGS[locale] as { fault: { title: string; touch: string } };

const advice: SafetyAdviceView = {
  locale: 'en',
  region: 'HK',
  hotlines: [
    {
      id: 'police',
      kind: 'phone',
      contact: '999',
      name: 'Police',
      purpose: 'Emergencies',
      emergency: true,
      verified: true,
    },
  ],
  redFlags: [],
  scamNow: { title: 'Someone is calling you now', steps: [{ id: 'hang-up', text: 'Hang up.' }] },
  afterScam: {
    title: 'You already paid',
    steps: [{ id: 'bank', text: 'Call your bank.', buys: 'Time.' }],
    hotlines: [],
  },
  scamScripts: [],
  rehearsals: [],
};

const answers: Record<string, unknown> = {
  listLocales: { locales: [LOCALE_INFO.en, LOCALE_INFO.es, LOCALE_INFO.ar], defaultLocale: 'en' },
  getSettings: kioskSettingsSchema.parse({ help: { staffLocation: 'Front desk', chime: false } }),
  getSafetyAdvice: advice,
  reportFault: { recorded: true },
  reportVoices: { recorded: true },
  recordEvent: { recorded: true },
};

/** What one test's page did: its tree, its language, and everything it told the core and the shell. */
interface Harness {
  /** While true the stand-in screen throws whenever it renders. */
  broken: boolean;
  locale: Locale;
  /** Each mounted stand-in screen, once however often StrictMode runs its effects. */
  screens: Set<object>;
  reloads: number;
  beats: number;
  calls: { call: string; request: unknown }[];
  /** Makes the stand-in screen render again (and throw, if broken). */
  poke: () => void;
}

let h: Harness;
let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  unmount = undefined;
  document.getElementById('root')?.remove();
  delete window.kiosk;
  setFaultPlace(undefined);
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Stands in for the journey: sets the language and the screen name as the journey does, and throws on demand. */
function Screen() {
  // react-i18next hands out a new i18n wrapper at each language change: keep the first, so the
  // effect below runs only when the screen mounts.
  const [i18n] = useState(useTranslation().i18n);
  const [self] = useState(() => ({}));
  const [, setTick] = useState(0);
  useEffect(() => {
    h.screens.add(self);
    h.poke = () => setTick((n) => n + 1);
    void i18n.changeLanguage(h.locale);
  }, [i18n, self]);
  setFaultPlace('plan');
  if (h.broken) throw new Error('planted fault: code 12345678');
  return (
    <button type="button" className="journey">
      journey
    </button>
  );
}

function Recovery() {
  useHeartbeat();
  return (
    <FaultRecovery reload={() => void (h.reloads += 1)}>
      <Screen />
    </FaultRecovery>
  );
}

/** Mounts the page as the kiosk does, with the clock stopped: time moves only when a test moves it. */
function open({ mode = 'recovery', locale = 'es' }: { mode?: 'recovery' | 'app' | 'bare'; locale?: Locale } = {}) {
  vi.useFakeTimers({ now: START });
  // mount() hands every error to the console for DevTools; here they are planted.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  h = { broken: false, locale, screens: new Set(), reloads: 0, beats: 0, calls: [], poke: () => undefined };
  // What Electron's preload would expose: one function per call, each answering with an envelope.
  window.kiosk = new Proxy({} as NonNullable<Window['kiosk']>, {
    get: (_target, call: string) => {
      if (call === 'heartbeat') return () => void (h.beats += 1);
      return async (request: unknown) => {
        h.calls.push({ call, request });
        return call in answers
          ? { ok: true, value: answers[call] }
          : { ok: false, error: { code: 'not_found', message: 'not in the harness' } };
      };
    },
  });
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  unmount = mount(mode === 'app' ? <App /> : mode === 'bare' ? <Screen /> : <Recovery />);
}

const element = (selector: string) => document.querySelector<HTMLElement>(selector);
const count = (selector: string) => document.querySelectorAll(selector).length;
const text = (selector: string) => element(selector)?.textContent;

/** As Playwright has it: there, laid out with a size, and not hidden by a style. */
function visible(selector: string): boolean {
  const found = element(selector);
  if (!found?.checkVisibility({ visibilityProperty: true })) return false;
  const box = found.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

// Taken before any test stops the clock. Waiting for the page must not move its time, and
// expect.poll and vi.waitFor advance fake timers each time they look again.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Waits, on the real clock, until `holds` (ten seconds at most: room for a loaded machine, not a wait). */
async function until(holds: () => boolean, what: string) {
  for (let tries = 0; tries < 500; tries += 1) {
    if (holds()) return;
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
  throw new Error(`waited ten seconds for ${what}`);
}

const waitFor = (selector: string) => until(() => visible(selector), `${selector} on screen`);

/** A real click, through Chromium, as the visitor's touch. */
async function click(selector: string) {
  const target = element(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  await userEvent.click(target);
}

/** Moves the stopped clock on, running each timer due and what it starts. */
const runFor = (ms: number) => vi.advanceTimersByTimeAsync(ms);

const reports = () => h.calls.filter((c) => c.call === 'reportFault').map((c) => c.request);

async function reportsSent(n: number) {
  await until(() => reports().length >= n, `${n} fault reports`);
  return reports();
}

/** The visitor is on the stand-in screen; it breaks as they use it, until `settled` holds. */
async function breakScreen(settled: () => Promise<unknown> = () => waitFor('.fault__surface')) {
  await waitFor('.journey');
  h.broken = true;
  h.poke();
  await settled();
  h.broken = false;
}

describe('a screen that throws while rendering', () => {
  it("is replaced by the calm screen in the visitor's language, with the urgent buttons and no others", async () => {
    open({ locale: 'es' });
    await breakScreen();
    expect(text('.fault__title')).toBe(strings('es').fault.title);
    expect(text('.fault__touch')).toBe(strings('es').fault.touch);
    expect(document.documentElement.lang).toBe('es');
    for (const button of ['.top-bar__scam-now', '.top-bar__after-scam', '.top-bar__help'])
      expect(visible(button), button).toBe(true);
    expect(count('.top-bar__display')).toBe(0);
    expect(count('.journey')).toBe(0);
    // The surface is focused, so a key or a switch press starts again too.
    expect(document.activeElement?.className).toBe('fault__surface');
  });

  it('is in Arabic, right to left, for an Arabic visitor', async () => {
    open({ locale: 'ar' });
    await breakScreen();
    expect(text('.fault__title')).toBe(strings('ar').fault.title);
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('is reported to the core as a render fault on its screen, with no message', async () => {
    open();
    await breakScreen();
    expect(await reportsSent(1)).toEqual([{ kind: 'render', where: 'plan' }]);
    expect(JSON.stringify(h.calls)).not.toContain('12345678');
  });

  it("leaves the urgent cards working, drawn from the core, in the visitor's language", async () => {
    open({ locale: 'es' });
    await breakScreen();
    await click('.top-bar__scam-now');
    await waitFor('dialog .urgent__steps li');
    expect([...document.querySelectorAll('dialog .hotline__number')].map((n) => n.textContent)).toEqual(['999']);
    expect(h.calls).toContainEqual({ call: 'getSafetyAdvice', request: { locale: 'es' } });
    await click('dialog .modal__close');
    await click('.top-bar__help');
    await waitFor('dialog.help');
    expect(text('dialog.help')).toContain('Front desk');
    await click('dialog .modal__close');
    expect(count('dialog')).toBe(0);
    expect(visible('.fault__surface')).toBe(true);
  });
});

describe('starting again after a fault', () => {
  it('starts a fresh journey at a touch, and wipes what the visitor left in the page', async () => {
    open();
    await breakScreen();
    localStorage.setItem('left-behind', 'x');
    sessionStorage.setItem('left-behind', 'x');
    await click('.fault__surface');
    await waitFor('.journey');
    expect(h.screens.size).toBe(2);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(h.reloads).toBe(0);
  });

  it('starts again by itself after 25 quiet seconds, not before', async () => {
    open();
    await breakScreen();
    await runFor(24_000);
    expect(visible('.fault__surface')).toBe(true);
    await runFor(1_500);
    await waitFor('.journey');
  });

  it('waits while an urgent card is open, and counts again from when it closes', async () => {
    open();
    await breakScreen();
    await click('.top-bar__scam-now');
    await waitFor('dialog .urgent__steps li');
    await runFor(120_000);
    expect(visible('dialog')).toBe(true);
    await click('dialog .modal__close');
    await runFor(20_000);
    expect(visible('.fault__surface')).toBe(true);
    await runFor(6_000);
    await waitFor('.journey');
  });

  it('past three faults in five minutes, stays up two minutes, then reloads the page instead', async () => {
    open();
    for (let i = 0; i < 3; i += 1) {
      await breakScreen();
      await click('.fault__surface');
      await runFor(10_000);
    }
    await breakScreen();
    await runFor(60_000);
    expect(visible('.fault__surface')).toBe(true);
    expect(h.reloads).toBe(0);
    await runFor(61_000);
    await until(() => h.reloads === 1, 'a reload');
    expect(h.screens.size).toBe(4);
  });
});

describe('an error no boundary catches', () => {
  it('is reported, and the page is drawn again, fresh, rather than left blank', async () => {
    open({ mode: 'bare' });
    // Nothing catches it: React empties the page.
    await breakScreen(() => until(() => element('#root')?.childElementCount === 0, 'an empty page'));
    expect(await reportsSent(1)).toEqual([{ kind: 'uncaught', where: 'plan' }]);
    await runFor(1_000);
    await waitFor('.journey');
    expect(h.screens.size).toBe(2);
  });
});

describe('errors outside rendering', () => {
  it('are reported and change nothing on screen', async () => {
    open();
    await waitFor('.journey');
    // A click handler that throws: the browser reports it to the window, the caller never sees it.
    const button = element('.journey');
    button?.addEventListener('click', () => {
      throw new Error('from a handler: 12345678');
    });
    button?.click();
    void Promise.reject(new Error('nobody awaited this'));
    expect(await reportsSent(2)).toEqual(
      expect.arrayContaining([
        { kind: 'uncaught', where: 'plan' },
        { kind: 'rejection', where: 'plan' },
      ]),
    );
    expect(JSON.stringify(h.calls)).not.toContain('12345678');
    expect(visible('.journey')).toBe(true);
    expect(count('.fault__surface')).toBe(0);
  });
});

describe('the heartbeat to the Electron shell', () => {
  it('beats every five seconds while the real kiosk page is drawn', async () => {
    open({ mode: 'app' });
    await waitFor('.attract__surface');
    const first = h.beats;
    expect(first).toBeGreaterThanOrEqual(1);
    await runFor(15_000);
    expect(h.beats - first).toBe(3);
  });

  it('keeps beating under the calm screen: a page that shows it is not blank', async () => {
    open();
    await breakScreen();
    const before = h.beats;
    await runFor(10_000);
    expect(h.beats - before).toBe(2);
  });
});
