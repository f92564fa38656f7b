import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, UI_STRINGS } from '../../../renderer/i18n/i18n.ts';
import { longDateFormat } from '../../../renderer/i18n/known-locales.ts';
import { LOCALE_INFO, LOCALES } from '../../../shared/locales.ts';
import { flattenUiTable as flatten } from '../../support/ui-table.ts';

// IntlMessageFormat's own lookup, taken before createI18n replaces it (renderer/i18n/known-locales.ts).
const lookedUp = IntlMessageFormat.resolveLocale;

const ARGS = { count: 3, current: 2, total: 5, done: 1, seconds: 9, days: 90, language: 'Arabic', title: 'Settings' };

afterEach(() => vi.restoreAllMocks());

describe('the kiosk takes its own locales as given (issue 18: no ICU locale table on a cold start)', () => {
  it('formats every UI string in every language without asking the ICU for its list of locales', () => {
    const i18n = createI18n(false);
    const lookup = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    for (const locale of LOCALES) {
      const t = i18n.getFixedT(locale);
      for (const key of Object.keys(flatten(UI_STRINGS[locale]))) expect(t(key as never, ARGS)).toBeTruthy();
    }
    expect(lookup).not.toHaveBeenCalled();
  });

  it.each(LOCALES)(
    '%s resolves to the very locale the lookup gives, so plurals and formats are unchanged',
    (locale) => {
      createI18n(false);
      for (const tag of [locale, LOCALE_INFO[locale].htmlLang, [locale, 'en']]) {
        expect(IntlMessageFormat.resolveLocale(tag)?.toString()).toBe(lookedUp(tag)?.toString());
      }
      // A plural in Arabic (six forms) picks the same form either way.
      const message = '{count, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}';
      for (const count of [0, 1, 2, 3, 11, 100]) {
        const given = new IntlMessageFormat(message, locale).format({ count });
        IntlMessageFormat.resolveLocale = lookedUp;
        const checked = new IntlMessageFormat(message, locale).format({ count });
        createI18n(false);
        expect(given, `${locale} ${count}`).toBe(checked);
      }
    },
  );
});

describe('long dates (a guide\'s "last checked" line), made once per language', () => {
  it.each(LOCALES)('%s: the same format object each time, and the date a fresh one gives', (locale) => {
    const lang = LOCALE_INFO[locale].htmlLang;
    expect(longDateFormat(lang)).toBe(longDateFormat(lang));
    const fresh = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    // A day read in UTC stays that day wherever the kiosk is.
    expect(longDateFormat(lang).format(new Date('2026-11-30'))).toBe(fresh.format(new Date('2026-11-30')));
  });
});
