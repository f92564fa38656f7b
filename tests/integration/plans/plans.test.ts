import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import type { CallResponse } from '../../../shared/api.ts';
import { REGIONS } from '../../../shared/regions.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import { everyCombination, offeredCombinations } from './answer-combinations.ts';

type Questions = CallResponse<'getQuestions'>;
type Plan = CallResponse<'makePlan'>;

/** The guide against APK files sent in chats (audit M7): for Android users of WhatsApp, first in Indonesia. */
const APK_GUIDE = 'android-install-unknown-apps';
const IPHONE_WHATSAPP_SCARED = {
  phone: ['phone-iphone'],
  apps: ['apps-whatsapp'],
  'stranger-call': ['stranger-call-yes'],
  'asked-to-share': ['asked-to-share-yes'],
};

function logRows(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const rows = db.prepare('SELECT kind, answer_id, locale FROM visit_event ORDER BY id').all() as Array<{
    kind: string;
    answer_id: string | null;
    locale: string | null;
  }>;
  db.close();
  return rows;
}

describe('questions and the personal plan', () => {
  it("ask 3 to 5 questions, one kind of answer each, in the visitor's language", async () => {
    const { questions } = await call<Questions>(testKiosk(), 'getQuestions', { locale: 'en' });
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(questions[0]).toMatchObject({ id: 'phone', kind: 'single', title: 'Which phone do you have?' });
  });

  it('lead with what to do after a screen share for a visitor who was asked to share, then how to stop one, with only iPhone guides that fit', async () => {
    const plan = await call<Plan>(testKiosk(), 'makePlan', { locale: 'en', answers: IPHONE_WHATSAPP_SCARED });
    expect(plan.actions.map((a) => a.tutorialId).slice(0, 3)).toEqual([
      'iphone-safety-check',
      'whatsapp-two-step-verification',
      'general-stop-screen-share',
    ]);
    expect(plan.actions[0]?.reason).toBe('asked-to-share-yes');
    expect(plan.platform).toBe('ios');
    expect(plan.actions.some((a) => a.tutorialId.startsWith('android-'))).toBe(false);
  });

  it('give a Samsung owner Samsung guides, with the variant for their phone already chosen', async () => {
    const plan = await call<Plan>(testKiosk(), 'makePlan', {
      locale: 'es',
      answers: {
        phone: ['phone-samsung'],
        apps: ['apps-whatsapp'],
        'stranger-call': ['stranger-call-no'],
        'asked-to-share': ['asked-to-share-no'],
      },
    });
    expect(plan.actions.some((a) => a.tutorialId.startsWith('iphone-'))).toBe(false);
    expect(plan.actions).toContainEqual({
      tutorialId: 'android-samsung-block-unknown',
      variantId: expect.any(String),
      reason: 'phone-samsung',
    });
    expect(plan.actions.find((a) => a.tutorialId === 'whatsapp-silence-unknown-callers')?.variantId).toBe('android');
  });

  it.each(REGIONS)(
    'make a plan of 3 to 5 guides that fit the phone, for every possible set of answers, in region %s',
    async (region) => {
      const kiosk = testKiosk({ kioskJson: { region } });
      const { questions } = await call<Questions>(kiosk, 'getQuestions', { locale: 'en' });
      const list = await call<CallResponse<'listTutorials'>>(kiosk, 'listTutorials', { locale: 'en' });
      const combos = offeredCombinations(questions);
      expect(combos.length).toBeGreaterThan(100);
      let offered = 0;
      for (const answers of combos) {
        const plan = await call<Plan>(kiosk, 'makePlan', { locale: 'en', answers });
        const why = `${region} ${JSON.stringify(answers)}`;
        expect(plan.actions.length, why).toBeGreaterThanOrEqual(3);
        expect(plan.actions.length, why).toBeLessThanOrEqual(5);
        expect(new Set(plan.actions.map((a) => a.tutorialId)).size, why).toBe(plan.actions.length);
        for (const action of plan.actions) {
          const topic = list.tutorials.find((t) => t.id === action.tutorialId)?.topic;
          if (plan.platform === 'ios') expect(topic, why).not.toBe('android');
          if (plan.platform === 'android') expect(topic, why).not.toBe('iphone');
        }
        // The plan rules: Android + WhatsApp is offered the APK guide, with its one variant, because
        // the visitor uses WhatsApp; in Indonesia it is the first thing to do. No other answers bring it.
        const apk = plan.actions.findIndex((a) => a.tutorialId === APK_GUIDE);
        if (plan.platform === 'android' && answers.apps?.includes('apps-whatsapp')) {
          offered++;
          expect(apk, why).toBeGreaterThanOrEqual(0);
          expect(plan.actions[apk], why).toEqual({
            tutorialId: APK_GUIDE,
            variantId: 'android',
            reason: 'apps-whatsapp',
          });
          if (region === 'ID') expect(apk, why).toBe(0);
        } else {
          expect(apk, why).toBe(-1);
        }
      }
      // Three Android answers, the sets of the apps offered with Android that hold WhatsApp, every
      // answer to the last two questions.
      const androidApps = questions[1]!.options.filter(
        (o) => !o.exclusive && (!o.platforms || o.platforms.includes('android')),
      ).length;
      expect(offered).toBe(3 * 2 ** (androidApps - 1) * questions[2]!.options.length * questions[3]!.options.length);
    },
  );

  it('lead with the "after sharing" guides for an Android visitor asked to share, but in Indonesia put the APK guide before them', async () => {
    const answers = {
      phone: ['phone-samsung'],
      apps: ['apps-whatsapp'],
      'stranger-call': ['stranger-call-no'],
      'asked-to-share': ['asked-to-share-yes'],
    };
    const uk = await call<Plan>(testKiosk({ kioskJson: { region: 'UK' } }), 'makePlan', { locale: 'en', answers });
    const id = await call<Plan>(testKiosk({ kioskJson: { region: 'ID' } }), 'makePlan', { locale: 'id', answers });
    expect(uk.actions.map((a) => a.tutorialId).slice(0, 4)).toEqual([
      'whatsapp-two-step-verification',
      'android-google-2sv',
      'general-stop-screen-share',
      APK_GUIDE,
    ]);
    expect(id.actions.map((a) => a.tutorialId).slice(0, 3)).toEqual([
      APK_GUIDE,
      'whatsapp-two-step-verification',
      'android-google-2sv',
    ]);
    expect(id.actions.map((a) => a.reason).slice(0, 2)).toEqual(['apps-whatsapp', 'asked-to-share-yes']);
  });

  it.each([
    ['an unknown question', { favourite: ['phone-iphone'] }, 'answers.favourite'],
    ['two answers to a one-answer question', { phone: ['phone-iphone', 'phone-samsung'] }, 'answers.phone'],
    ['an answer from another question', { phone: ['apps-whatsapp'] }, 'answers.phone'],
    ['"None of these" with an app', { phone: ['phone-iphone'], apps: ['apps-none', 'apps-whatsapp'] }, 'answers.apps'],
    ['FaceTime after an Android phone', { phone: ['phone-other-android'], apps: ['apps-facetime'] }, 'answers.apps'],
  ])('refuse %s, naming it', async (_what, answers, path) => {
    const result = await testKiosk().dispatch('makePlan', { locale: 'en', answers });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', issues: [expect.objectContaining({ path })] },
    });
  });

  it('refuse every combination the screens never offer, and accept every one they do', async () => {
    const kiosk = testKiosk();
    const { questions } = await call<Questions>(kiosk, 'getQuestions', { locale: 'en' });
    const offered = new Set(offeredCombinations(questions).map((a) => JSON.stringify(a)));
    let refused = 0;
    for (const answers of everyCombination(questions)) {
      const result = await kiosk.dispatch('makePlan', { locale: 'en', answers });
      expect(result.ok, JSON.stringify(answers)).toBe(offered.has(JSON.stringify(answers)));
      if (!result.ok) {
        expect(result).toMatchObject({
          error: {
            code: 'invalid_request',
            issues: expect.arrayContaining([expect.objectContaining({ path: 'answers.apps' })]),
          },
        });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('log each answer by its id and the plan shown, nothing else, and only for a started visit', async () => {
    const kiosk = testKiosk();
    await call(kiosk, 'makePlan', { locale: 'en', answers: IPHONE_WHATSAPP_SCARED });
    expect(logRows(kiosk.dataDir)).toEqual([]);
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'zh-Hant' });
    await call(kiosk, 'makePlan', { locale: 'zh-Hant', answers: IPHONE_WHATSAPP_SCARED, visitId });
    expect(logRows(kiosk.dataDir)).toEqual([
      { kind: 'visit_started', answer_id: null, locale: 'zh-Hant' },
      { kind: 'question_answered', answer_id: 'phone-iphone', locale: null },
      { kind: 'question_answered', answer_id: 'apps-whatsapp', locale: null },
      { kind: 'question_answered', answer_id: 'stranger-call-yes', locale: null },
      { kind: 'question_answered', answer_id: 'asked-to-share-yes', locale: null },
      { kind: 'plan_shown', answer_id: null, locale: 'zh-Hant' },
    ]);
  });

  it('never accept answers or plans through recordEvent: only the core writes them', async () => {
    const kiosk = testKiosk();
    const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', {});
    for (const kind of ['question_answered', 'plan_shown']) {
      expect(await kiosk.dispatch('recordEvent', { visitId, kind })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
  });
});
