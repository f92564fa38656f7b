import type { PhoneFrame } from '../../../shared/phone-picture.ts';

/** The guide version a picture belongs to: its platform, and the phone it was written for where it names one. */
export interface PictureVariant {
  platform: 'ios' | 'android' | 'any';
  device?: 'iphone' | 'pixel' | 'samsung' | 'android-other' | undefined;
}

/** The visitor's own phone, from their answer: what a guide for any phone is drawn on. */
export type VisitorPhone = 'iphone' | 'samsung' | 'pixel' | 'android';

const BY_DEVICE: Record<NonNullable<PictureVariant['device']>, PhoneFrame> = {
  iphone: 'iphone',
  samsung: 'samsung',
  pixel: 'pixel',
  // No Android maker's look is closer to "any Android" than Google's own.
  'android-other': 'pixel',
};

const BY_VISITOR: Record<VisitorPhone, PhoneFrame> = {
  iphone: 'iphone',
  samsung: 'samsung',
  pixel: 'pixel',
  android: 'pixel',
};

/**
 * Which phone a picture is drawn on, most specific first: the screen's own frame (a step that only an
 * older iPhone shows), the phone the guide version was written for, its platform, then (a guide for
 * any phone: WhatsApp, WeChat) the visitor's own phone, so a Samsung owner never sees an iPhone
 * (ux audit M2). Nothing known: an iPhone, the most common phone among the kiosk's visitors.
 */
export function pictureFrame(
  screenFrame: PhoneFrame | undefined,
  variant: PictureVariant,
  visitorPhone?: VisitorPhone,
): PhoneFrame {
  if (screenFrame) return screenFrame;
  if (variant.device) return BY_DEVICE[variant.device];
  if (variant.platform === 'ios') return 'iphone';
  if (variant.platform === 'android') return 'pixel';
  if (visitorPhone) return BY_VISITOR[visitorPhone];
  return 'iphone';
}

/** iPhone frames draw iOS screens (grouped lists, pill switches); the others Android's. */
export function frameSystem(frame: PhoneFrame): 'ios' | 'android' {
  return frame === 'iphone' || frame === 'iphone-home' ? 'ios' : 'android';
}
