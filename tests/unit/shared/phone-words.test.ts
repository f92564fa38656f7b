import { describe, expect, it } from 'vitest';
import type { PhoneWordView } from '../../../shared/phone-picture.ts';
import { phoneTextParts, phoneTextPlain, phoneWordIds, showWord } from '../../../shared/phone-words.ts';

const settings: PhoneWordView = {
  phone: {
    en: 'Settings',
    'zh-Hant': '設定',
    'zh-Hans': '设置',
    ar: 'الإعدادات',
    es: 'Ajustes',
    id: null,
    vi: null,
    ko: null,
  },
  meaning: '設定',
};
const apps: PhoneWordView = {
  phone: { en: 'Apps', 'zh-Hant': null, 'zh-Hans': null, es: null, id: null, vi: null, ko: null, ar: null },
  meaning: '應用程式',
};
const blocked: PhoneWordView = { phone: { en: null, 'zh-Hans': '通讯录黑名单' }, meaning: 'Blocked list' };
const words = { 'ios-settings': settings, 'ios-apps': apps };

describe('the one rule for a phone word', () => {
  it('shows the phone word in the phone language, with the meaning beside it when the reader reads another', () => {
    expect(showWord(apps, 'en', 'zh-Hant')).toEqual({ shown: 'Apps', known: true, gloss: '應用程式' });
    expect(showWord(settings, 'zh-Hant', 'zh-Hant')).toEqual({ shown: '設定', known: true });
  });
  it('never shows an English word to a phone in another language: an unknown word is its meaning, marked as not the phone own', () => {
    expect(showWord(apps, 'zh-Hant', 'zh-Hant')).toEqual({ shown: '應用程式', known: false });
    expect(showWord(blocked, 'en', 'en')).toEqual({ shown: 'Blocked list', known: false });
  });
  it('takes "I don\'t know" as the reading language', () => {
    expect(showWord(settings, 'unknown', 'ar')).toEqual({ shown: 'الإعدادات', known: true });
  });
  it('adds no gloss that repeats the word', () => {
    expect(showWord({ ...apps, meaning: 'apps' }, 'en', 'es')).toEqual({ shown: 'Apps', known: true });
  });
  it('resolves {{id}} in a text, leaving unknown ids as written', () => {
    const text = '打開{{ios-settings}}，點按{{ios-apps}}，再按{{nope}}。';
    expect(phoneWordIds(text)).toEqual(['ios-settings', 'ios-apps', 'nope']);
    expect(phoneTextPlain(text, words, 'en', 'zh-Hant')).toBe(
      '打開Settings（設定），點按Apps（應用程式），再按{{nope}}。',
    );
    expect(phoneTextPlain(text, words, 'zh-Hant', 'zh-Hant')).toBe('打開設定，點按應用程式，再按{{nope}}。');
    expect(phoneTextParts('Tap {{ios-apps}}.', words, 'es', 'es')).toEqual([
      { text: 'Tap ' },
      { id: 'ios-apps', shown: '應用程式', known: false },
      { text: '.' },
    ]);
  });
});
