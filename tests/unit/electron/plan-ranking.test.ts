import { describe, expect, it } from 'vitest';
import { rankPlan, type RankableTutorial } from '../../../electron/core/plans/plan-ranking.ts';
import type { PlanRule, QuestionsFile } from '../../../shared/questions-schema.ts';

/** A small questions file: three phones, two apps, and rules that only test what they say. */
function questions(rules?: PlanRule[]): QuestionsFile {
  const option = (id: string, extra: object = {}) => ({ id, icon: 'none' as const, label: { en: id }, weights: {}, ...extra });
  return {
    lastVerified: '2026-12-05',
    baseline: { 'general-a': 3, 'general-b': 2, 'general-c': 1 },
    questions: [
      { id: 'phone', kind: 'single', title: { en: 'Phone?' }, options: [option('phone-iphone', { platform: 'ios' }), option('phone-samsung', { platform: 'android', device: 'samsung' }), option('phone-not-sure', { platform: 'any' })] },
      { id: 'apps', kind: 'multiple', title: { en: 'Apps?' }, options: [option('apps-chat'), option('apps-video')] },
      { id: 'asked', kind: 'single', title: { en: 'Asked?' }, options: [option('asked-yes'), option('asked-no')] },
    ],
    ...(rules && { rules }),
  };
}

const tutorial = (id: string, order: number, platform: 'ios' | 'android' | 'any' = 'any'): RankableTutorial => ({ id, order, appliesTo: { platform }, variants: [{ id: platform === 'any' ? 'any-phone' : platform, platform }] });
const TUTORIALS = [tutorial('general-a', 1), tutorial('general-b', 2), tutorial('general-c', 3), tutorial('android-special', 4, 'android'), tutorial('ios-special', 5, 'ios')];

function first(rules: PlanRule[] | undefined, answers: Record<string, string[]>, region: Parameters<typeof rankPlan>[4] = 'generic') {
  return rankPlan(questions(rules), TUTORIALS, answers, 'en', region).actions[0]?.tutorialId;
}

const SAMSUNG_CHAT = { phone: ['phone-samsung'], apps: ['apps-chat'], asked: ['asked-no'] };
const PUSH = { 'android-special': 10 };

describe('plan rules: points for a combination of answers, the platform and the region', () => {
  it('apply when every condition they name holds', () => {
    expect(first([{ when: { platform: 'android', answers: ['apps-chat'], regions: ['ID'] }, weights: PUSH }], SAMSUNG_CHAT, 'ID')).toBe('android-special');
  });

  it.each<[string, PlanRule['when'], Record<string, string[]>, Parameters<typeof rankPlan>[4]]>([
    ['another region', { platform: 'android', answers: ['apps-chat'], regions: ['ID'] }, SAMSUNG_CHAT, 'UK'],
    ['a region that merely inherits hotlines from a listed one', { regions: ['US'] }, SAMSUNG_CHAT, 'US-NYC'],
    ['one of the answers missing', { answers: ['apps-chat', 'apps-video'] }, SAMSUNG_CHAT, 'generic'],
    ['another platform', { platform: 'ios' }, SAMSUNG_CHAT, 'generic'],
    ['"Not sure" for an Android rule', { platform: 'android' }, { ...SAMSUNG_CHAT, phone: ['phone-not-sure'] }, 'generic'],
  ])('do not apply with %s', (_what, when, answers, region) => {
    expect(first([{ when, weights: PUSH }], answers, region)).toBe('general-a');
  });

  it('add up when several apply, and may take points away', () => {
    const rules: PlanRule[] = [
      { when: { platform: 'android' }, weights: { 'android-special': 2 } },
      { when: { answers: ['apps-chat'] }, weights: { 'android-special': 2 } },
      { when: { answers: ['asked-no'] }, weights: { 'general-a': -3 } },
    ];
    expect(rankPlan(questions(rules), TUTORIALS, SAMSUNG_CHAT, 'en', 'generic').actions.map((a) => a.tutorialId)).toEqual(['android-special', 'general-b', 'general-c']);
  });

  it('rank as before for content compiled before rules existed', () => {
    expect(rankPlan(questions(), TUTORIALS, SAMSUNG_CHAT, 'en', 'ID').actions.map((a) => a.tutorialId)).toEqual(['general-a', 'general-b', 'general-c']);
  });
});
