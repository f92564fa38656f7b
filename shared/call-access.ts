import type { CallName } from './calls.ts';
import type { ParsedRequest } from './api.ts';

/**
 * Who may make each call of the contract (shared/api.ts). Every call must be listed: a new call
 * without an entry fails the type-check, so nobody adds a call without deciding who may make it.
 *
 * - `visitor`: any kiosk page may make it (in Electron, only app://kiosk; in the browser shell, only a
 *   page it served on loopback). No token.
 * - `staff`: only a caller holding a valid staff session token. The core refuses the call with a typed
 *   `unauthorized` error (HTTP 401 in the browser shell) before the request is even read when the token
 *   is missing, belongs to another window or page, or has expired. A staff call extends the session.
 *
 * The token never reaches a handler, the visit log or a log line: the core's dispatch checks it and
 * hands the handler only "this caller is staff" (electron/core/dispatch.ts).
 */
export type CallAccess = 'visitor' | 'staff';

export const CALL_ACCESS = {
  listLocales: 'visitor',
  getSettings: 'visitor',
  startVisit: 'visitor',
  listTutorials: 'visitor',
  getQuestions: 'visitor',
  makePlan: 'visitor',
  searchTutorials: 'visitor',
  getSafetyAdvice: 'visitor',
  getReviewList: 'staff',
  reportVoices: 'visitor',
  getHealth: 'staff',
  reportFault: 'visitor',
  openTutorial: 'visitor',
  saveChecklist: 'visitor',
  openChecklist: 'visitor',
  composeSheet: 'visitor',
  printSheet: 'visitor',
  recordEvent: 'visitor',
  // The pad itself: asked before anyone is signed in.
  getStaffStatus: 'visitor',
  staffSignIn: 'visitor',
  staffRecover: 'visitor',
  // Ends only the caller's own session (if any), so it needs no token and cannot fail for lack of one.
  staffSignOut: 'visitor',
  // First run only (no kiosk.json, no PIN yet), and choosing the first PIN on a provisioned kiosk:
  // there is no staff yet to sign in. Both are refused once a PIN exists.
  setupKiosk: 'visitor',
  setStaffPin: 'visitor',
  // Staff tools: every guide and each of its variants, to open one for the visitor at the screen.
  listGuides: 'staff',
  // staff-pin: both need the session. changeStaffPin also asks the current PIN (a session left open by a
  // volunteer must not let a passer-by change it); exitKiosk is confirmed on screen.
  changeStaffPin: 'staff',
  exitKiosk: 'staff',
  // First-run setup (staff-setup): asked before any PIN exists, like setupKiosk, so it cannot need a
  // token. The core answers it only while setup is available or to a staff session, and refuses it
  // (`forbidden`) otherwise: a visitor never learns the centre's printer names.
  listPrinters: 'visitor',
  // Reports: the visit numbers are the centre's, behind the PIN.
  getVisitReport: 'staff',
  exportVisitReport: 'staff',
  // Content packs: changing what every visitor is told is staff's, behind the PIN.
  getContentPacks: 'staff',
  openContentPack: 'staff',
  applyContentPack: 'staff',
  rollBackContent: 'staff',
  addContentPackKey: 'staff',
  // report-print: the print window has no staff session (Electron lays the sheet out in a hidden window
  // with the kiosk page's bridge), so the print page presents a one-time ticket instead; a request
  // without one is a staff request (STAFF_REQUESTS), and the handler checks the ticket before reading.
  composeReportSheet: 'visitor',
} as const satisfies Record<CallName, CallAccess>;

/**
 * Visitor calls that some requests turn into staff calls: those requests need a valid token exactly
 * like a `staff` call (and extend the session), checked after the request is parsed.
 */
export const STAFF_REQUESTS: { [K in CallName]?: (request: ParsedRequest<K>) => boolean } = {
  // An assisted walkthrough is started from staff mode, and keeps it open (every other visit ends it):
  // while it lasts, every call carrying the page's token extends the session (staff-sessions.ts).
  startVisit: (request) => request.assisted === true,
  // report-print: printing the monthly report is staff work (a checklist or handout is not), and only
  // staff may read its sheet without a print ticket.
  printSheet: (request) => request.sheet.kind === 'report',
  composeReportSheet: (request) => request.ticket === undefined,
};

/** The calls that always need a staff session, in contract order. */
export function staffCalls(): CallName[] {
  return (Object.keys(CALL_ACCESS) as CallName[]).filter((call) => CALL_ACCESS[call] === 'staff');
}
