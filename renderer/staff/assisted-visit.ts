import type { KioskApi } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/locales.ts';

/**
 * The visit a staff tool opens a guide or plan in when no visit is running: an assisted one (a staff
 * request, so the core checks the token). A refused session is staff's to hear about (back to the PIN
 * pad), so it is thrown; any other failure is the visit log's, and as for a visitor (start-visit.ts,
 * audit H1) must not keep the guide from the person at the screen: a visit id is minted here instead.
 */
export async function startAssistedVisit(api: KioskApi, locale: Locale): Promise<string> {
  try {
    return (await api.startVisit({ locale, assisted: true })).visitId;
  } catch (error) {
    if (error instanceof KioskError && error.code === 'unauthorized') throw error;
    console.warn('SafeCall: assisted visit start not recorded', error);
    return crypto.randomUUID();
  }
}
