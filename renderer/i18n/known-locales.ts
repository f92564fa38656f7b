import { IntlMessageFormat } from 'intl-messageformat';

/**
 * i18next-icu builds an IntlMessageFormat for each UI string, and IntlMessageFormat checks the string's
 * locale against the ICU's list (`Intl.NumberFormat.supportedLocalesOf`) before it parses. The first such
 * call loads the ICU's whole table of number-format locales: about 20 ms of a cold start on these 2 cores, 80
 * with the CPU slowed four times (issue 18, measured in the start benchmark's CPU profile, `resolveLocale`),
 * and nothing on the visitor's screens formats a number through it. The kiosk's locales are its own eight
 * tags (shared/locales.ts), all valid, so each is taken as given: the same Intl.Locale, without the lookup.
 */
export function takeLocalesAsGiven(): void {
  IntlMessageFormat.resolveLocale = (locales) => {
    const first = typeof locales === 'string' ? locales : locales[0];
    return first === undefined ? undefined : new Intl.Locale(first);
  };
}

/**
 * The first number or plural a UI string formats loads the ICU's number data: 23 ms, about 90 with the CPU
 * slowed four times, paid by the first plan shown ("2 of 5 done"; issue 18's tap bench, CPU profile of the
 * first answer that leads to a plan). Called when the lobby is idle, so no visitor's tap pays for it.
 */
export function warmNumberFormats(locales: readonly string[]): void {
  for (const locale of locales) {
    new Intl.NumberFormat(locale).format(1);
    new Intl.PluralRules(locale).select(1);
  }
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/**
 * A language's long date ("5 December 2026", read in UTC: the content's dates are days), made once per language:
 * making one loads the ICU's date data, about 5 ms, 19 with the CPU slowed four times, which the first guide in
 * each language paid (its "last checked" line; issue 18's tap bench, CPU profile of a plan's Start). The lobby
 * makes each one in idle time (App.tsx), so no visitor's tap pays for it.
 */
export function longDateFormat(htmlLang: string): Intl.DateTimeFormat {
  let format = longDates.get(htmlLang);
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang, { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(htmlLang, format);
  }
  return format;
}
