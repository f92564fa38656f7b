import { describe, expect, it } from 'vitest';
import { answeredPlatform, offeredOptions, toggleAnswer } from '../../../renderer/screens/Question/answer-choice.ts';
import type { QuestionView } from '../../../shared/questions-schema.ts';

const phone: QuestionView = {
  id: 'phone',
  kind: 'single',
  title: 'Which phone?',
  options: [
    { id: 'phone-iphone', icon: 'iphone', label: 'iPhone', platform: 'ios' },
    { id: 'phone-samsung', icon: 'android', label: 'Samsung', platform: 'android' },
    {
      id: 'phone-not-sure',
      icon: 'question',
      label: 'Not sure',
      platform: 'any',
      findOut: { ios: 'phone-iphone', android: 'phone-samsung' },
    },
  ],
};
const apps: QuestionView = {
  id: 'apps',
  kind: 'multiple',
  title: 'Which apps?',
  options: [
    { id: 'apps-whatsapp', icon: 'chat', label: 'WhatsApp' },
    { id: 'apps-facetime', icon: 'video', label: 'FaceTime', platforms: ['ios'] },
    { id: 'apps-none', icon: 'none', label: 'None of these', exclusive: true },
  ],
};
const ids = (list: Array<{ id: string }>) => list.map((o) => o.id);
const tap = (chosen: string[], id: string) =>
  toggleAnswer(
    chosen,
    apps.options.find((o) => o.id === id)!,
    apps.options,
  );

describe('answers offered and chosen', () => {
  it('offer FaceTime only after an iPhone', () => {
    const platformAfter = (answer: string) => answeredPlatform([phone, apps], { phone: [answer] });
    expect(ids(offeredOptions(apps, platformAfter('phone-iphone')))).toEqual([
      'apps-whatsapp',
      'apps-facetime',
      'apps-none',
    ]);
    expect(ids(offeredOptions(apps, platformAfter('phone-samsung')))).toEqual(['apps-whatsapp', 'apps-none']);
    expect(ids(offeredOptions(apps, platformAfter('phone-not-sure')))).toEqual(['apps-whatsapp', 'apps-none']);
    expect(answeredPlatform([phone, apps], {})).toBe('any');
  });

  it('make "None of these" exclusive: it clears the others, and the others clear it', () => {
    expect(tap(['apps-whatsapp', 'apps-facetime'], 'apps-none')).toEqual(['apps-none']);
    expect(tap(['apps-none'], 'apps-whatsapp')).toEqual(['apps-whatsapp']);
    expect(tap(['apps-whatsapp'], 'apps-facetime')).toEqual(['apps-whatsapp', 'apps-facetime']);
    expect(tap(['apps-whatsapp', 'apps-facetime'], 'apps-whatsapp')).toEqual(['apps-facetime']);
    expect(tap(['apps-none'], 'apps-none')).toEqual([]);
  });
});
