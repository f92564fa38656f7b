import { describe, expect, it } from 'vitest';
import { rankPlan, type RankableTutorial } from '../../../electron/core/plans/plan-ranking.ts';
import type { PlanRule, QuestionsFile } from '../../../electron/core/content/questions-source.ts';

/** A small questions file: three phones, two apps, and rules that only test what they say. */
function questions(rules?: PlanRule[]): QuestionsFile {
  const option = (id: string, extra: object = {}) => ({
    id,
    icon: 'none' as const,
    label: { en: id },
    weights: {},
    ...extra,
  });
  return {
    lastVerified: '2026-12-05',
    baseline: { 'general-a': 3, 'general-b': 2, 'general-c': 1 },
    baselineBecause: { en: 'Everyone should know this.' },
    questions: [
      {
        id: 'phone',
        kind: 'single',
        title: { en: 'Phone?' },
        options: [
          option('phone-iphone', { platform: 'ios' }),
          option('phone-samsung', { platform: 'android', device: 'samsung' }),
          option('phone-not-sure', { platform: 'any' }),
        ],
      },
      { id: 'apps', kind: 'multiple', title: { en: 'Apps?' }, options: [option('apps-chat'), option('apps-video')] },
      { id: 'asked', kind: 'single', title: { en: 'Asked?' }, options: [option('asked-yes'), option('asked-no')] },
    ],
    ...(rules && { rules }),
  };
}

const tutorial = (id: string, order: number, platform: 'ios' | 'android' | 'any' = 'any'): RankableTutorial => ({
  id,
  order,
  appliesTo: { platform },
  variants: [{ id: platform === 'any' ? 'any-phone' : platform, platform }],
});
const TUTORIALS = [
  tutorial('general-a', 1),
  tutorial('general-b', 2),
  tutorial('general-c', 3),
  tutorial('android-special', 4, 'android'),
  tutorial('ios-special', 5, 'ios'),
];

function first(
  rules: PlanRule[] | undefined,
  answers: Record<string, string[]>,
  region: Parameters<typeof rankPlan>[4] = 'generic',
) {
  return rankPlan(questions(rules), TUTORIALS, answers, 'en', region).actions[0]?.tutorialId;
}

const SAMSUNG_CHAT = { phone: ['phone-samsung'], apps: ['apps-chat'], asked: ['asked-no'] };
const PUSH = { 'android-special': 10 };

describe('plan rules: points for a combination of answers, the platform and the region', () => {
  it('apply when every condition they name holds', () => {
    expect(
      first(
        [{ when: { platform: 'android', answers: ['apps-chat'], regions: ['ID'] }, weights: PUSH }],
        SAMSUNG_CHAT,
        'ID',
      ),
    ).toBe('android-special');
  });

  it.each<[string, PlanRule['when'], Record<string, string[]>, Parameters<typeof rankPlan>[4]]>([
    ['another region', { platform: 'android', answers: ['apps-chat'], regions: ['ID'] }, SAMSUNG_CHAT, 'UK'],
    ['a region that merely inherits hotlines from a listed one', { regions: ['US'] }, SAMSUNG_CHAT, 'US-NYC'],
    ['one of the answers missing', { answers: ['apps-chat', 'apps-video'] }, SAMSUNG_CHAT, 'generic'],
    ['another platform', { platform: 'ios' }, SAMSUNG_CHAT, 'generic'],
    [
      '"Not sure" for an Android rule',
      { platform: 'android' },
      { ...SAMSUNG_CHAT, phone: ['phone-not-sure'] },
      'generic',
    ],
  ])('do not apply with %s', (_what, when, answers, region) => {
    expect(first([{ when, weights: PUSH }], answers, region)).toBe('general-a');
  });

  it('add up when several apply, and may take points away', () => {
    const rules: PlanRule[] = [
      { when: { platform: 'android' }, weights: { 'android-special': 2 } },
      { when: { answers: ['apps-chat'] }, weights: { 'android-special': 2 } },
      { when: { answers: ['asked-no'] }, weights: { 'general-a': -3 } },
    ];
    expect(
      rankPlan(questions(rules), TUTORIALS, SAMSUNG_CHAT, 'en', 'generic').actions.map((a) => a.tutorialId),
    ).toEqual(['android-special', 'general-b', 'general-c']);
  });

  it('rank as before for content compiled before rules existed', () => {
    expect(rankPlan(questions(), TUTORIALS, SAMSUNG_CHAT, 'en', 'ID').actions.map((a) => a.tutorialId)).toEqual([
      'general-a',
      'general-b',
      'general-c',
    ]);
  });
});

/** A fuller file for the coverage pass, the reasons and the answers' own rules. */
function appQuestions(): QuestionsFile {
  const option = (id: string, extra: object = {}) => ({
    id,
    icon: 'none' as const,
    label: { en: id },
    weights: {},
    ...extra,
  });
  return {
    lastVerified: '2026-12-05',
    baseline: { 'general-a': 3, 'general-b': 2, 'general-filler': 0 },
    baselineBecause: { en: 'Everyone should know this.' },
    questions: [
      {
        id: 'phone',
        kind: 'single',
        title: { en: 'Phone?' },
        options: [
          option('phone-iphone', { platform: 'ios', weights: { 'ios-a': 6, 'ios-b': 5, 'ios-c': 4 } }),
          option('phone-samsung', { platform: 'android', weights: { 'android-a': 6 } }),
          option('phone-not-sure', { platform: 'any' }),
        ],
      },
      {
        id: 'apps',
        kind: 'multiple',
        title: { en: 'Apps?' },
        options: [
          option('apps-chat', { ensureGuide: true, weights: { 'chat-a': 1, 'chat-b': 2 } }),
          option('apps-video', { platforms: ['ios'], ensureGuide: true, weights: { 'ios-video': 1 } }),
          option('apps-none', { exclusive: true }),
        ],
      },
      {
        id: 'asked',
        kind: 'single',
        title: { en: 'Asked?' },
        options: [option('asked-yes', { weights: { 'ios-a': 6, 'general-b': 1 } }), option('asked-no')],
      },
    ],
  };
}
const APP_TUTORIALS = [
  ...['general-a', 'general-b', 'general-filler', 'chat-a', 'chat-b'].map((id, i) => tutorial(id, 100 + i)),
  ...['ios-a', 'ios-b', 'ios-c', 'ios-video'].map((id, i) => tutorial(id, 10 + i, 'ios')),
  tutorial('android-a', 50, 'android'),
];
const rank = (answers: Record<string, string[]>, rules?: PlanRule[]) =>
  rankPlan({ ...appQuestions(), ...(rules && { rules }) }, APP_TUTORIALS, answers, 'en', 'generic').actions;
const ids = (answers: Record<string, string[]>, rules?: PlanRule[]) => rank(answers, rules).map((a) => a.tutorialId);

describe('plans that fit the answers', () => {
  it('give each chosen app a guide, in place of the lowest item below the top two', () => {
    // Without the pass: ios-a 12, ios-b 5, ios-c 4, general-a 3, general-b 3; chat-b (2) would be left out.
    expect(ids({ phone: ['phone-iphone'], apps: ['apps-chat'], asked: ['asked-yes'] })).toEqual([
      'ios-a',
      'ios-b',
      'ios-c',
      'general-a',
      'chat-b',
    ]);
    // Two apps: both covered, the first two untouched.
    expect(ids({ phone: ['phone-iphone'], apps: ['apps-chat', 'apps-video'], asked: ['asked-yes'] })).toEqual([
      'ios-a',
      'ios-b',
      'ios-c',
      'chat-b',
      'ios-video',
    ]);
  });

  it('never move the first item, even when a rule put it there', () => {
    const first = [{ when: { regions: ['generic' as const] }, weights: { 'general-b': 20 } }];
    expect(
      ids({ phone: ['phone-iphone'], apps: ['apps-chat', 'apps-video'], asked: ['asked-yes'] }, first).slice(0, 2),
    ).toEqual(['general-b', 'ios-a']);
  });

  it('after "Not sure", offer only guides for any phone, filling a short plan from the baseline first', () => {
    expect(ids({ phone: ['phone-not-sure'], apps: ['apps-none'], asked: ['asked-no'] })).toEqual([
      'general-a',
      'general-b',
      'general-filler',
    ]);
    expect(ids({ phone: ['phone-not-sure'], apps: ['apps-chat'], asked: ['asked-yes'] })).toEqual([
      'general-a',
      'general-b',
      'chat-b',
      'chat-a',
    ]);
  });

  it('say why each item is there: the answer that gave it most, a later question on a tie, else the baseline', () => {
    const plan = rank({ phone: ['phone-iphone'], apps: ['apps-chat'], asked: ['asked-yes'] });
    expect(Object.fromEntries(plan.map((a) => [a.tutorialId, a.reason]))).toEqual({
      'ios-a': 'asked-yes', // 6 from the phone, 6 from the later question
      'ios-b': 'phone-iphone',
      'ios-c': 'phone-iphone',
      'general-a': 'baseline',
      'chat-b': 'apps-chat',
    });
  });

  it("count a rule's points as its first named answer's, or the phone answer's for a platform", () => {
    const rules: PlanRule[] = [
      { when: { answers: ['asked-yes', 'apps-chat'] }, weights: { 'chat-a': 9 } },
      { when: { platform: 'android' }, weights: { 'general-b': 9 } },
    ];
    expect(
      rank({ phone: ['phone-iphone'], apps: ['apps-chat'], asked: ['asked-yes'] }, rules).find(
        (a) => a.tutorialId === 'chat-a',
      )?.reason,
    ).toBe('asked-yes');
    expect(
      rank({ phone: ['phone-samsung'], apps: ['apps-chat'], asked: ['asked-no'] }, rules).find(
        (a) => a.tutorialId === 'general-b',
      )?.reason,
    ).toBe('phone-samsung');
  });

  it.each([
    [
      'an exclusive answer with another',
      { phone: ['phone-iphone'], apps: ['apps-none', 'apps-chat'] },
      '"apps-none" is chosen alone',
    ],
    [
      'an answer offered only with an iPhone after an Android phone',
      { phone: ['phone-samsung'], apps: ['apps-video'] },
      'not offered with a phone of platform android',
    ],
    [
      'an answer offered only with an iPhone after "Not sure"',
      { phone: ['phone-not-sure'], apps: ['apps-video'] },
      'not offered with a phone of platform any',
    ],
  ])('refuse %s, naming the question', (_what, answers, message) => {
    expect(() => rank(answers)).toThrow(
      expect.objectContaining({
        code: 'invalid_request',
        issues: [{ path: 'answers.apps', message: expect.stringContaining(message) }],
      }),
    );
  });
});
