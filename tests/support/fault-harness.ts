/**
 * The page the fault component test loads (tests/unit/renderer/fault-recovery.test.ts), bundled with
 * esbuild and run in Chromium: the real mount(), FaultRecovery and CalmScreen, talking to a stand-in
 * for Electron's preload bridge that records every call. A stand-in screen takes the journey's place
 * and throws on demand. Written without JSX so the Node-side type-check covers it.
 */
import { createElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { App } from '../../renderer/App.tsx';
import { useHeartbeat } from '../../renderer/api/heartbeat.ts';
import { setFaultPlace } from '../../renderer/fault/fault-place.ts';
import { FaultRecovery } from '../../renderer/fault/FaultRecovery.tsx';
import { mount } from '../../renderer/mount.tsx';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { SafetyAdviceView } from '../../shared/safety-schema.ts';
import { kioskSettingsSchema } from '../../shared/settings-schema.ts';

export interface Harness {
  /** Which tree to mount: the calm-screen setup, the real App, or a screen with no boundary above it. */
  mode: 'recovery' | 'app' | 'bare';
  /** The visitor's language, as the journey would have set it. */
  locale: Locale;
  /** While true the stand-in screen throws whenever it renders. */
  broken: boolean;
  mounts: number;
  reloads: number;
  beats: number;
  calls: { call: string; request: unknown }[];
  /** Makes the stand-in screen render again (and throw, if broken). */
  poke: () => void;
}

declare global {
  interface Window {
    __harness: Harness;
  }
}

const h = window.__harness;

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
};

const answers: Record<string, unknown> = {
  listLocales: { locales: [LOCALE_INFO.en, LOCALE_INFO.es, LOCALE_INFO.ar], defaultLocale: 'en' },
  getSettings: kioskSettingsSchema.parse({ help: { staffLocation: 'Front desk', chime: false } }),
  getSafetyAdvice: advice,
  reportFault: { recorded: true },
  reportVoices: { recorded: true },
  recordEvent: { recorded: true },
};

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

/** Stands in for the journey: sets the language and the screen name as the journey does, and throws on demand. */
function Screen() {
  // react-i18next hands out a new i18n wrapper at each language change: keep the first, so the
  // effect below runs once per mount, and `mounts` counts mounts.
  const [i18n] = useState(useTranslation().i18n);
  const [, setTick] = useState(0);
  useEffect(() => {
    h.mounts += 1;
    h.poke = () => setTick((n) => n + 1);
    void i18n.changeLanguage(h.locale);
  }, [i18n]);
  setFaultPlace('plan');
  if (h.broken) throw new Error('planted fault: code 12345678');
  return createElement('button', { type: 'button', className: 'journey' }, 'journey');
}

function Recovery() {
  useHeartbeat();
  return createElement(FaultRecovery, { reload: () => void (h.reloads += 1), children: createElement(Screen) });
}

mount(createElement(h.mode === 'app' ? App : h.mode === 'bare' ? Screen : Recovery));
