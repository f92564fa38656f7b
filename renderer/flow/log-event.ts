import type { CallRequest, KioskApi } from '../../shared/api.ts';

/**
 * Records a visit event without ever getting in the visitor's way: a log that cannot be written is
 * a problem for staff reports, not for the person at the screen.
 */
export function logEvent(api: KioskApi, event: CallRequest<'recordEvent'>): void {
  api.recordEvent(event).catch((error: unknown) => console.warn('SafeCall: visit event not recorded', error));
}
