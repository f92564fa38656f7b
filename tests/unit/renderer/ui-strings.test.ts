import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import descriptions from '../../../renderer/i18n/descriptions.json' with { type: 'json' };
import { UI_STRINGS as ENTRY_STRINGS } from '../../../renderer/i18n/i18n.ts';
import { PRACTICE_STRINGS } from '../../../renderer/i18n/practice-strings.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../../shared/locales.ts';
import { flattenUiTable as flatten } from '../../support/ui-table.ts';

/** Every table the page loads: the entry's, and the practice calls' that come with their chunk. */
const UI_STRINGS = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    { ...ENTRY_STRINGS[l], practice: { ...(ENTRY_STRINGS[l].practice as object), ...PRACTICE_STRINGS[l] } },
  ]),
) as unknown as Record<Locale, Record<string, unknown>>;
const english = flatten(UI_STRINGS.en);

describe('UI strings', () => {
  it.each(LOCALES)('%s has every key English has, and no other', (locale) => {
    expect(Object.keys(flatten(UI_STRINGS[locale])).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALES)('%s messages are valid ICU and use the same arguments as English', (locale) => {
    const table = flatten(UI_STRINGS[locale]);
    for (const [key, message] of Object.entries(table)) {
      const format = new IntlMessageFormat(message, LOCALE_INFO[locale].htmlLang);
      const args = {
        count: 3,
        current: 2,
        total: 5,
        done: 1,
        seconds: 9,
        days: 90,
        date: '1 July 2026',
        title: 'Settings',
        place: 'Front desk',
        topic: 'iPhone',
        centre: 'Kowloon Library',
        language: 'Arabic',
        version: 'iOS 26 or later',
        different: 'No, it looks different',
        // staff-health2: the health page's database problem, free disk and clock.
        problem: 'Page 12: btreeInitPage() returns error code 11',
        size: '312 MB',
        later: '2026-12-06 14:00',
        // picture-engine: a switch's before and after.
        before: 'On',
        after: 'Off',
        // Content packs (issue 19): a content revision and a key's fingerprint.
        revision: 3,
        fingerprint: '3f9a 07c2 …',
        // Practice scam calls (issue 20): the app drawn and the name on the call.
        app: 'WhatsApp',
        caller: 'Police',
      };
      expect(format.format(args), `${locale} ${key}`).toBeTruthy();
      const argNames = (m: string) => [...new Set([...m.matchAll(/\{(\w+)[,}]/g)].map((x) => x[1]))].sort();
      expect(argNames(message), `${locale} ${key}`).toEqual(argNames(english[key] ?? ''));
    }
  });

  it('every English string has a description for translators', () => {
    expect(Object.keys(descriptions).sort()).toEqual(Object.keys(english).sort());
  });
});
