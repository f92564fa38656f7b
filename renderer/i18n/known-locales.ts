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
