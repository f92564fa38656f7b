import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import { offeredCombinations, platformOf, type AnswerSet } from './answer-combinations.ts';

type Questions = CallResponse<'getQuestions'>;
type Plan = CallResponse<'makePlan'>;
type Tutorial = CallResponse<'openTutorial'>['tutorial'];

/**
 * What to do AFTER a caller had the screen, an app or a code (audit M5): secure the accounts a
 * scammer may now reach. Safety Check and two-factor on an iPhone, Google 2-Step Verification on
 * Android, a WhatsApp PIN, and a locked WeChat wallet. "Stop sharing your screen" is not one of them:
 * it is for a share still going on.
 */
const AFTER_SHARING = [
  'iphone-safety-check',
  'iphone-two-factor',
  'android-google-2sv',
  'whatsapp-two-step-verification',
  'wechat-pay-safety',
];
const APK_GUIDE = 'android-install-unknown-apps';

/** The guides that answer each app the visitor may choose. */
const APP_GUIDE: Record<string, (t: Tutorial) => boolean> = {
  'apps-whatsapp': (t) => t.topic === 'whatsapp',
  'apps-wechat': (t) => t.topic === 'wechat',
  'apps-facetime': (t) => t.appliesTo.apps.includes('facetime'),
};

interface Case {
  answers: AnswerSet;
  region: Region;
  plan: Plan;
  ids: string[];
  guides: Tutorial[];
  chose: (id: string) => boolean;
  platform: 'ios' | 'android' | 'any';
  /** The tutorials that fit this phone at all, whatever the answers. */
  fitting: Tutorial[];
}

/** The rules a plan keeps, for every answer set the screens offer, in every region. Each says when it holds and what it requires. */
const RULES: Array<{ rule: string; check: (c: Case) => void }> = [
  {
    rule: 'always 3 to 5 different guides',
    check: ({ ids }) => {
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(ids.length).toBeLessThanOrEqual(5);
      expect(new Set(ids).size).toBe(ids.length);
    },
  },
  {
    rule: '"Not sure" which phone: only guides for any phone',
    check: ({ platform, guides }) => {
      if (platform === 'any') for (const g of guides) expect(g.appliesTo.platform, g.id).toBe('any');
    },
  },
  {
    rule: 'an Android phone: no iPhone or FaceTime guide',
    check: ({ platform, guides }) => {
      if (platform === 'android')
        for (const g of guides) expect(g.topic === 'iphone' || g.appliesTo.apps.includes('facetime'), g.id).toBe(false);
    },
  },
  {
    rule: 'an iPhone: no Android guide',
    check: ({ platform, guides }) => {
      if (platform === 'ios') for (const g of guides) expect(g.topic, g.id).not.toBe('android');
    },
  },
  {
    rule: 'each chosen app gets a guide (there is always room: at most three apps, five places)',
    check: ({ chose, guides, fitting }) => {
      for (const [answer, isFor] of Object.entries(APP_GUIDE)) {
        if (chose(answer) && fitting.some(isFor)) expect(guides.some(isFor), answer).toBe(true);
      }
    },
  },
  {
    rule: 'no WhatsApp or WeChat guide for a visitor who does not use the app',
    check: ({ chose, guides }) => {
      if (!chose('apps-whatsapp')) expect(guides.filter((g) => g.topic === 'whatsapp').map((g) => g.id)).toEqual([]);
      if (!chose('apps-wechat')) expect(guides.filter((g) => g.topic === 'wechat').map((g) => g.id)).toEqual([]);
    },
  },
  {
    rule: 'a past screen share: a guide for after sharing in the first two, wherever one fits the answers',
    check: ({ chose, ids, platform }) => {
      if (!chose('asked-to-share-yes')) return;
      // After "Not sure" with neither chat app there is none for any phone: then "stop sharing your
      // screen" leads, whose last step is to call the bank on a number you know (see the report).
      const fits = platform !== 'any' || chose('apps-whatsapp') || chose('apps-wechat');
      if (fits) expect(ids.slice(0, 2).filter((id) => AFTER_SHARING.includes(id)).length).toBeGreaterThan(0);
      else expect(ids[0]).toBe('general-stop-screen-share');
      expect(ids).toContain('general-stop-screen-share');
    },
  },
  {
    rule: 'Android + WhatsApp: the APK guide, first in Indonesia; nobody else gets it',
    check: ({ platform, chose, ids, region }) => {
      if (platform === 'android' && chose('apps-whatsapp'))
        expect(region === 'ID' ? ids[0] : ids).toEqual(
          region === 'ID' ? APK_GUIDE : expect.arrayContaining([APK_GUIDE]),
        );
      else expect(ids).not.toContain(APK_GUIDE);
    },
  },
  {
    rule: 'each item says why: an answer the visitor gave, or the baseline',
    check: ({ plan, chose }) => {
      for (const a of plan.actions) expect(a.reason === 'baseline' || chose(a.reason), a.tutorialId).toBe(true);
    },
  },
];

describe('plans fit the answers: the rules, for every answer set the screens offer', () => {
  it.each(REGIONS)('region %s', async (region) => {
    const kiosk = testKiosk({ kioskJson: { region } });
    const { questions } = await call<Questions>(kiosk, 'getQuestions', { locale: 'en' });
    const list = await call<CallResponse<'listTutorials'>>(kiosk, 'listTutorials', { locale: 'en' });
    const tutorials = new Map<string, Tutorial>();
    for (const { id } of list.tutorials)
      tutorials.set(
        id,
        (await call<CallResponse<'openTutorial'>>(kiosk, 'openTutorial', { tutorialId: id, locale: 'en' })).tutorial,
      );
    const all = [...tutorials.values()];
    const combos = offeredCombinations(questions);
    expect(combos.length).toBeGreaterThan(100);
    for (const answers of combos) {
      const plan = await call<Plan>(kiosk, 'makePlan', { locale: 'en', answers });
      const chosen = new Set(Object.values(answers).flat());
      const platform = platformOf(questions, answers);
      const ids = plan.actions.map((a) => a.tutorialId);
      const c: Case = {
        answers,
        region,
        plan,
        ids,
        guides: ids.map((id) => tutorials.get(id)!),
        chose: (id) => chosen.has(id),
        platform,
        fitting: all.filter((t) => t.appliesTo.platform === 'any' || t.appliesTo.platform === platform),
      };
      expect(plan.platform).toBe(platform);
      for (const { rule, check } of RULES) {
        try {
          check(c);
        } catch (error) {
          throw new Error(
            `${rule}\n  ${region} ${JSON.stringify(answers)}\n  plan: ${ids.join(', ')}\n  ${(error as Error).message}`,
            { cause: error },
          );
        }
      }
    }
  });

  it.each(LOCALES)('every reason a plan can give has its "because" line in %s', async (locale) => {
    const { questions, baselineBecause } = await call<Questions>(testKiosk(), 'getQuestions', { locale });
    expect(baselineBecause).toBeTruthy();
    const because = new Map(questions.flatMap((q) => q.options).map((o) => [o.id, o.because]));
    const kiosk = testKiosk();
    const reasons = new Set<string>();
    for (const answers of offeredCombinations(questions))
      for (const a of (await call<Plan>(kiosk, 'makePlan', { locale, answers })).actions) reasons.add(a.reason);
    for (const reason of reasons) if (reason !== 'baseline') expect(because.get(reason), reason).toBeTruthy();
    // The phone answer after "let's find out" and the three scam answers are among them.
    expect([...reasons]).toEqual(
      expect.arrayContaining(['baseline', 'phone-iphone', 'apps-whatsapp', 'stranger-call-yes', 'asked-to-share-yes']),
    );
  });

  it('"Not sure" offers the "let\'s find out" screen, whose answers are the iPhone and a generic Android phone', async () => {
    const { questions } = await call<Questions>(testKiosk(), 'getQuestions', { locale: 'zh-Hant' });
    const phone = questions.find((q) => q.id === 'phone')!;
    expect(phone.options.find((o) => o.id === 'phone-not-sure')?.findOut).toEqual({
      ios: 'phone-iphone',
      android: 'phone-other-android',
    });
    const apps = questions.find((q) => q.id === 'apps')!;
    expect(apps.options.filter((o) => o.exclusive).map((o) => o.id)).toEqual(['apps-none']);
    expect(apps.options.find((o) => o.id === 'apps-facetime')?.platforms).toEqual(['ios']);
  });
});
