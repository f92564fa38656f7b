/**
 * The visitor's own phone, from their answer to the phone question (content/questions.yaml): what a
 * guide for any phone (WhatsApp, WeChat) is drawn on, so a Samsung owner never sees an iPhone (issue 17,
 * ux audit M2). The same four kinds as the picture's `VisitorPhone` (renderer/components/phone/frame.ts).
 */
export type VisitorPhoneKind = 'iphone' | 'samsung' | 'pixel' | 'android';

const BY_ANSWER: Readonly<Record<string, VisitorPhoneKind>> = {
  'phone-iphone': 'iphone',
  'phone-samsung': 'samsung',
  'phone-pixel': 'pixel',
  'phone-other-android': 'android',
};

/** undefined when the visitor was not asked, or said "not sure": the picture then follows the guide. */
export function visitorPhoneOf(answers: Readonly<Record<string, readonly string[]>>): VisitorPhoneKind | undefined {
  const id = answers.phone?.[0];
  return id === undefined ? undefined : BY_ANSWER[id];
}
