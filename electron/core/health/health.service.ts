import type { CallResponse, PrinterHealth, Recovery } from '../../../shared/api.ts';
import type { FaultCounts } from '../../../shared/faults.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { VisitLogStatus } from '../visits/visit-log-queue.ts';

/**
 * What staff need to know about this kiosk now. Voices live in the OS and only the page can see
 * them, so the renderer reports them; the report is kept in memory for this run (it changes only
 * when someone installs a voice, and a restart asks again).
 */
export interface HealthDeps {
  enabledLocales: () => Locale[];
  tutorialCount: () => number;
  unconfirmedCount: () => number;
  faultCounts: () => FaultCounts;
  /** What start-up did about a damaged database (backup/recover.ts). */
  recovery: () => Recovery;
  backups: () => CallResponse<'getHealth'>['backups'];
  /** Whether the anonymous visit log is being written: staff see it here, the visitor never does. */
  visitLog: () => VisitLogStatus;
  /** Checklist-code look-ups refused by the rate limit since start: many means someone is guessing. */
  throttledCodeAttempts?: () => number;
  /** The printer as the last job or check found it (print/printer-status.ts), or `browser`. */
  printer: () => PrinterHealth;
  /** staff-health2: the facts read afresh for each answer (health-facts.ts). */
  facts: () => Pick<CallResponse<'getHealth'>, 'database' | 'disk' | 'clock' | 'versions'> & {
    contentVersion?: string;
    contentVerified?: string;
  };
}

export function createHealthService(deps: HealthDeps) {
  let voices: Set<Locale> | undefined;
  return {
    reportVoices(locales: Locale[]): void {
      voices = new Set(locales);
    },
    health(): CallResponse<'getHealth'> {
      const enabled = deps.enabledLocales();
      const { contentVersion, contentVerified, ...facts } = deps.facts();
      return {
        voices: {
          reported: voices !== undefined,
          available: enabled.filter((l) => voices?.has(l)),
          missing: voices ? enabled.filter((l) => !voices?.has(l)) : [],
        },
        content: {
          tutorials: deps.tutorialCount(),
          unconfirmed: deps.unconfirmedCount(),
          ...(contentVersion !== undefined && { version: contentVersion }),
          ...(contentVerified !== undefined && { verified: contentVerified }),
        },
        faults: deps.faultCounts(),
        visitLog: deps.visitLog(),
        recovery: deps.recovery(),
        backups: deps.backups(),
        resumeCodes: { throttled: deps.throttledCodeAttempts?.() ?? 0 },
        printer: deps.printer(),
        ...facts,
        locales: enabled,
      };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
