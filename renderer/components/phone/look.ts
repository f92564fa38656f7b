import { createContext, useContext } from 'react';
import type { PhoneApp, PhoneFrame } from '../../../shared/phone-picture.ts';

/** Which phone and app the picture is of: every part draws itself in that phone's style. */
export interface PhoneLook {
  frame: PhoneFrame;
  system: 'ios' | 'android';
  app: PhoneApp;
}

export const PhoneLookContext = createContext<PhoneLook>({ frame: 'iphone', system: 'ios', app: 'settings' });

export function usePhoneLook(): PhoneLook {
  return useContext(PhoneLookContext);
}

/** iOS lists and WeChat's (on either phone) show a chevron on a row that opens another screen; Android's do not. */
export function showsChevrons(look: PhoneLook): boolean {
  return look.system === 'ios' || look.app === 'wechat';
}
