import type { CallName } from './calls.ts';

/**
 * What each call of the contract does to what the kiosk keeps (its database, its printer, its files).
 * Every call must be listed: a new call without an entry fails the type-check, so nobody adds a call
 * without deciding whether it writes. "Reads never write" (ARCHITECTURE.md) is proven against this map
 * (tests/integration/visits/log-ownership.test.ts), and the page's read hook `useCall` can reach only
 * the reads (renderer/api/read-only-api.ts).
 *
 * - `read`: answers and changes nothing stored. Remembering in memory (a staff session extended, a wrong
 *   resume code counted against the throttle) is no write.
 * - `read-witnessed`: a read, except that with a `visitId` the core logs what it witnessed for that visit
 *   (makePlan: the answers and plan_shown; openTutorial: tutorial_opened; openChecklist: checklist_resumed).
 *   Without a visitId it is a plain read, which is how staff look at content without counting as a visitor.
 * - `read-derived`: a read of the visit log that first brings the counts derived from it (the daily rollup)
 *   up to date. No fact is added or lost: the rollup is a cache of the raw log, recounted from it.
 * - `write`: changes what is kept or does something in the world (prints, quits, starts a visit).
 */
export type CallEffect = 'read' | 'read-witnessed' | 'read-derived' | 'write';

export const CALL_EFFECTS = {
  listLocales: 'read',
  getSettings: 'read',
  startVisit: 'write',
  listTutorials: 'read',
  getQuestions: 'read',
  makePlan: 'read-witnessed',
  searchTutorials: 'read',
  getSafetyAdvice: 'read',
  getReviewList: 'read',
  // Kept in memory for the health page only, but it is the page telling the core something: a command.
  reportVoices: 'write',
  getHealth: 'read',
  reportFault: 'write',
  openTutorial: 'read-witnessed',
  saveChecklist: 'write',
  openChecklist: 'read-witnessed',
  composeSheet: 'read',
  printSheet: 'write',
  recordEvent: 'write',
  getStaffStatus: 'read',
  staffSignIn: 'write',
  staffRecover: 'write',
  staffSignOut: 'write',
  setupKiosk: 'write',
  setStaffPin: 'write',
  listGuides: 'read',
  changeStaffPin: 'write',
  exitKiosk: 'write',
  listPrinters: 'read',
  getVisitReport: 'read-derived',
  // Writes files to the folder staff chose (Electron), and the sealed exact counts with them.
  exportVisitReport: 'write',
  getContentPacks: 'read',
  // Unpacks the pack into a staging folder under the data folder (never served, swept at the next start).
  openContentPack: 'write',
  applyContentPack: 'write',
  rollBackContent: 'write',
  addContentPackKey: 'write',
  // report-print: getVisitReport's month, suppressed; spending a print ticket is remembered in memory only.
  composeReportSheet: 'read-derived',
} as const satisfies Record<CallName, CallEffect>;

/** The calls that never write, whatever their request. */
export type ReadCallName = {
  [K in CallName]: (typeof CALL_EFFECTS)[K] extends 'read' | 'read-derived' ? K : never;
}[CallName];
/** The calls that are reads unless the request names a visit. */
export type WitnessedCallName = {
  [K in CallName]: (typeof CALL_EFFECTS)[K] extends 'read-witnessed' ? K : never;
}[CallName];

/** The calls of one effect, in contract order. */
export function callsWithEffect(effect: CallEffect): CallName[] {
  return (Object.keys(CALL_EFFECTS) as CallName[]).filter((call) => CALL_EFFECTS[call] === effect);
}
