/**
 * The names of the contract's calls and their IPC channels, and nothing else: no zod. The preload
 * imports only this file, so the schemas (all of zod, ~750 kB) never ride into every page load.
 * shared/api.ts gives each name its schemas and fails to type-check if the two lists differ.
 */
export const CALL_NAMES = [
  'listLocales',
  'getSettings',
  'startVisit',
  'listTutorials',
  'getQuestions',
  'makePlan',
  'searchTutorials',
  'getSafetyAdvice',
  'getReviewList',
  'reportVoices',
  'getHealth',
  'reportFault',
  'openTutorial',
  'saveChecklist',
  'openChecklist',
  'composeSheet',
  'printSheet',
  'recordEvent',
  'getStaffStatus',
  'staffSignIn',
  'staffRecover',
  'staffSignOut',
  'setupKiosk',
  'setStaffPin',
  // Staff tools (open any guide or variant, reopen a plan, print any handout).
  'listGuides',
  // staff-pin: changing the PIN, leaving the kiosk for maintenance.
  'changeStaffPin',
  'exitKiosk',
  // First-run setup (staff-setup): the printers to choose from.
  'listPrinters',
  // Reports (issue 16): the anonymous visit numbers, on screen and exported.
  'getVisitReport',
  'exportVisitReport',
  // report-print: the printable monthly report's sheet (staff, or the print page holding a print ticket).
  'composeReportSheet',
  // Content packs (issue 19): updates from a USB stick, staff only.
  'getContentPacks',
  'openContentPack',
  'applyContentPack',
  'rollBackContent',
  'addContentPackKey',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The one IPC channel prefix; the channel for a call is `kiosk:<callName>`. */
export const IPC_CHANNEL_PREFIX = 'kiosk:';
export function ipcChannel(call: CallName): string {
  return `${IPC_CHANNEL_PREFIX}${call}`;
}
