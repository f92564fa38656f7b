import type { KioskApi } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/locales.ts';

/**
 * A new visitor's visit, started once they have picked a language, on the side (flow/use-language-choice.ts):
 * nothing waits on the visit log (audit H1). The visitor gets the core's visit id, or, if startVisit fails
 * anyway, one minted here, as for a logEvent that failed. The core does not know that id, so that visit's later events are
 * refused and the staff report is short of one visit: a problem for staff, not for the person at the
 * screen.
 */
export async function visitForLanguage(
  api: KioskApi,
  locale: Locale,
  /** Started by staff ("Help a visitor"): the core logs it assisted and keeps the staff session open. */
  assisted = false,
): Promise<string> {
  try {
    return (await api.startVisit(assisted ? { locale, assisted } : { locale })).visitId;
  } catch (error) {
    // Staff's session ended before the visitor chose (the core tells the page on its own, and the staff
    // side goes): the person at the screen still gets a visit the core knows, as their own.
    if (assisted && error instanceof KioskError && error.code === 'unauthorized') return visitForLanguage(api, locale);
    console.warn('SafeCall: visit start not recorded', error);
    return crypto.randomUUID();
  }
}
