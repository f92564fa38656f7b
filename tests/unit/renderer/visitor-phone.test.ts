import { describe, expect, it } from 'vitest';
import { visitorPhoneOf } from '../../../renderer/flow/visitor-phone.ts';

/** The visitor's own phone, from the phone question's answer, for the picture of a guide written for any phone. */
describe("the visitor's phone for the picture", () => {
  it.each([
    ['phone-iphone', 'iphone'],
    ['phone-samsung', 'samsung'],
    ['phone-pixel', 'pixel'],
    ['phone-other-android', 'android'],
  ] as const)('%s is drawn as %s', (answer, phone) => {
    expect(visitorPhoneOf({ phone: [answer] })).toBe(phone);
  });

  it('is not known before the question, or when the visitor is not sure', () => {
    expect(visitorPhoneOf({})).toBeUndefined();
    expect(visitorPhoneOf({ phone: ['phone-not-sure'] })).toBeUndefined();
  });
});
