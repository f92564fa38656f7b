import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKiosk } from '../../electron/core/create-core.ts';
import type { CallName, CallRequest, CallResponse } from '../../shared/api.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import type { Answers } from '../../shared/questions-schema.ts';
import { TEST_CENTRE } from '../e2e/shell.ts';
import { staffCall } from '../support/staff.ts';
import { loadContentOnce } from './content-once.ts';
import { unwrap } from '../support/unwrap.ts';

/** What the real core answers to every call the journey's screens make, in one language. */
export interface ScreenAnswers {
  listLocales: CallResponse<'listLocales'>;
  settings: CallResponse<'getSettings'>;
  questions: CallResponse<'getQuestions'>;
  tutorials: CallResponse<'listTutorials'>;
  /** The answers the accessibility walk gives (the first phone, the first app, the second of the rest) and the plan they bring. */
  answers: Answers;
  plan: CallResponse<'makePlan'>;
  /** The answers the lobby-size walk gives (the first of each) and the plan they bring. */
  lobbyAnswers: Answers;
  lobbyPlan: CallResponse<'makePlan'>;
  safety: CallResponse<'getSafetyAdvice'>;
  /** The plan saved as a checklist, and the sheet the core composes for it. */
  code: string;
  sheet: CallResponse<'composeSheet'>;
  /** Plans of five (a stranger called and asked to share the screen), for each phone in FIVE_PLAN_PHONES. */
  fivePlans: Record<FivePlanPhone, { answers: Answers; plan: CallResponse<'makePlan'> }>;
  /** What a returning visitor's code brings back (RETURNING_PLAN, saved and reopened). */
  returning: CallResponse<'openChecklist'>;
  /** Staff tools: every guide with its variants, as signed-in staff get it (English, the same in every locale). */
  guides: CallResponse<'listGuides'>;
}

/** The phones whose plan of five the plan-screen tests draw. */
export const FIVE_PLAN_PHONES = ['phone-iphone', 'phone-samsung'] as const;
export type FivePlanPhone = (typeof FIVE_PLAN_PHONES)[number];
const fivePlanAnswers = (phone: FivePlanPhone): Answers => ({
  phone: [phone],
  apps: ['apps-whatsapp'],
  'stranger-call': ['stranger-call-yes'],
  'asked-to-share': ['asked-to-share-yes'],
});

/** A plan saved on an earlier visit, its first guide done. */
export const RETURNING_PLAN = {
  actions: [
    { tutorialId: 'general-stop-screen-share' },
    { tutorialId: 'general-spot-fake-video-call' },
    { tutorialId: 'whatsapp-silence-unknown-callers' },
  ],
  completed: ['general-stop-screen-share'],
};

/**
 * Asks a real kiosk, started on an empty folder as the e2e tests' centre, everything the journey's screens ask it, in every
 * language, so the component tests draw the real questions, plan, advice and checklist (the browser
 * cannot open SQLite).
 */
export async function compileScreenAnswers(): Promise<Record<Locale, ScreenAnswers>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safecall-component-'));
  // The centre the e2e kiosks are provisioned as (a region, so the urgent cards have their hotlines; staff's place for help).
  writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify(TEST_CENTRE));
  const kiosk = createKiosk({
    appRoot: join(import.meta.dirname, '..', '..'),
    dataDir,
    warn: () => {},
    // The tests' cheap PIN hash (tests/support/temp-dir.ts): staff sign in once, for the guide list.
    pinHashCost: { logN: 10, r: 8, p: 1 },
    loadContent: loadContentOnce,
  });
  const ask = async <K extends CallName>(call: K, request: CallRequest<K>): Promise<CallResponse<K>> =>
    unwrap<CallResponse<K>>(call, await kiosk.dispatch(call, request));
  try {
    const listLocales = await ask('listLocales', {});
    const settings = await ask('getSettings', {});
    const returning = await ask('openChecklist', { code: (await ask('saveChecklist', RETURNING_PLAN)).code });
    const guides = await staffCall<CallResponse<'listGuides'>>(kiosk, 'listGuides', {});
    const fivePlans = async (locale: Locale) => {
      const plans = {} as ScreenAnswers['fivePlans'];
      for (const phone of FIVE_PLAN_PHONES) {
        const answers = fivePlanAnswers(phone);
        plans[phone] = { answers, plan: await ask('makePlan', { locale, answers }) };
      }
      return plans;
    };
    const all = {} as Record<Locale, ScreenAnswers>;
    for (const locale of LOCALES) {
      const questions = await ask('getQuestions', { locale });
      const answers: Answers = {};
      for (const [i, q] of questions.questions.entries()) {
        const option = q.options[i === 0 || i === 1 ? 0 : 1] ?? q.options[0];
        if (option) answers[q.id] = [option.id];
      }
      const plan = await ask('makePlan', { locale, answers });
      const lobbyAnswers: Answers = {};
      for (const q of questions.questions) if (q.options[0]) lobbyAnswers[q.id] = [q.options[0].id];
      const { code } = await ask('saveChecklist', {
        actions: plan.actions.map((a) => ({ tutorialId: a.tutorialId })),
        completed: [],
      });
      all[locale] = {
        listLocales,
        settings,
        questions,
        tutorials: await ask('listTutorials', { locale }),
        answers,
        plan,
        lobbyAnswers,
        lobbyPlan: await ask('makePlan', { locale, answers: lobbyAnswers }),
        safety: await ask('getSafetyAdvice', { locale }),
        code,
        sheet: await ask('composeSheet', { sheet: { kind: 'personal', code, lang: locale } }),
        fivePlans: await fivePlans(locale),
        returning,
        guides,
      };
    }
    return all;
  } finally {
    kiosk.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
