import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { createI18n, UI_STRINGS } from '../../../renderer/i18n/i18n.ts';
import { isPlainMessage } from '../../../renderer/i18n/plain-or-icu.ts';
import { LOCALE_INFO, LOCALES } from '../../../shared/locales.ts';
import { flattenUiTable as flatten } from '../../support/ui-table.ts';

describe('plain messages skip ICU (i18n/plain-or-icu.ts)', () => {
  it('tells plain text from a message with arguments or escapes', () => {
    expect(isPlainMessage('Touch to start')).toBe(true);
    expect(isPlainMessage("Don't share your screen <b>now</b> #1")).toBe(true);
    expect(isPlainMessage('{days} days')).toBe(false);
    expect(isPlainMessage("It''s")).toBe(false);
  });

  it.each(LOCALES)('%s: every message taken as plain is exactly what ICU makes of it', (locale) => {
    const plain = Object.entries(flatten(UI_STRINGS[locale])).filter(([, message]) => isPlainMessage(message));
    expect(plain.length).toBeGreaterThan(0);
    for (const [key, message] of plain) {
      const icu = new IntlMessageFormat(message, LOCALE_INFO[locale].htmlLang, undefined, { ignoreTag: true });
      expect(icu.format(), key).toBe(message);
    }
  });

  it('still formats messages with arguments through ICU, plurals included', () => {
    const i18n = createI18n(false);
    const t = i18n.getFixedT('en');
    expect(t('attract.touch')).toBe('Touch to start');
    expect(t('attract.privacy', { days: 90 })).toContain('after 90 days');
    expect(i18n.getFixedT('ar')('attract.privacy', { days: 1 })).toContain('يوم واحد');
  });
});
