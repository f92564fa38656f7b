import type { KioskHandlers, ReviewItem } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import { LOCALE_INFO } from '../../shared/locales.ts';
import type { KioskSettings } from '../../shared/settings-schema.ts';
import {
  sheetPath,
  type ChecklistSheetRequest,
  type PrintResult,
  type SheetRequest,
} from '../../shared/checklist-schema.ts';
import type { EventKind } from '../../shared/events.ts';
import type { ChecklistsService } from './checklists/checklists.service.ts';
import type { FaultLog } from './health/fault-log.ts';
import type { HealthService } from './health/health.service.ts';
import type { Printer } from './print/printer.ts';
import type { PlansService } from './plans/plans.service.ts';
import type { ReportSheets } from './reports/report-sheet.ts';
import { monthRange } from '../../shared/report-sheet-schema.ts';
import type { ReportExport } from './reports/report-export.service.ts';
import type { SafetyService } from './safety/safety.service.ts';
import type { SearchService } from './search/search.service.ts';
import type { StaffService } from './staff/staff.service.ts';
import type { TutorialsService } from './tutorials/tutorials.service.ts';
import type { VisitEvent, VisitsService } from './visits/visits.service.ts';
import type { ContentPacks } from './content-pack/content-packs.service.ts';
// report-core
import type { VisitReportService } from './reports/visit-report.service.ts';

export interface HandlerDeps {
  settings: () => KioskSettings;
  tutorials: TutorialsService;
  search: SearchService;
  plans: PlansService;
  health: HealthService;
  faults: FaultLog;
  safety: SafetyService;
  reviewList: () => ReviewItem[];
  visits: VisitsService;
  checklists: ChecklistsService;
  printer: Printer;
  staff: StaffService;
  // report-core: the staff reports' numbers, from the visit rollup.
  reports: VisitReportService;
  /** Stores the centre's settings from first-run setup; they take effect at once and outlive a restart. */
  applySettings: (settings: KioskSettings) => void;
  warn: (message: string) => void;
  /** report-print: the monthly report's sheet and its one-time print tickets. */
  reportSheets: ReportSheets;
  /** The shell's way to end the kiosk program (Electron); absent in the browser shell. */
  exit?: () => void;
  /** Reports (report-export): writes or hands over an export of the report getVisitReport answers. */
  reportExport: ReportExport;
  /** Content packs (issue 19): updates from a USB stick. */
  contentPacks: ContentPacks;
}

// log-owner (issue 16, audit F3): what the printer answered, as the visit log counts it.
const PRINT_EVENTS = {
  sent: 'checklist_printed',
  failed: 'print_failed',
  browser: 'print_sent_to_browser',
} as const satisfies Record<PrintResult['status'], EventKind>;
/** The sheets a visitor's print is counted for; any other kind (a staff report) is no visitor's fact. */
const VISITOR_SHEETS: ReadonlySet<string> = new Set<SheetRequest['kind']>(['personal', 'handout']);

/** Implements every call of the contract by composing the services. Requests arrive already validated. */
export function createHandlers(deps: HandlerDeps): KioskHandlers {
  // log-owner: the core records what it witnesses, where it happens. The visitor's call never fails or
  // waits for it: the log queues what it cannot write (visit-log-queue.ts), and a refusal is only warned.
  const witness = (event: VisitEvent) => {
    try {
      deps.visits.witness(event);
    } catch (error) {
      deps.warn(`SafeCall: ${event.kind} not recorded: ${(error as Error).message}`);
    }
  };
  const witnessPrint = (visitId: string | undefined, sheet: ChecklistSheetRequest, kind: EventKind) => {
    if (visitId === undefined || !VISITOR_SHEETS.has(sheet.kind)) return;
    const second = sheet.second !== undefined && sheet.second !== sheet.lang ? sheet.second : undefined;
    witness({ visitId, kind, locale: sheet.lang, secondLocale: second });
  };
  const handlers: KioskHandlers = {
    listLocales: () => {
      const s = deps.settings();
      return { locales: s.locales.map((code) => LOCALE_INFO[code]), defaultLocale: s.defaultLocale };
    },
    getSettings: () => deps.settings(),
    startVisit: ({ locale, assisted }, from) => {
      // The visitor reset: a new visitor's visit closes staff mode on this window or page. An assisted
      // visit was started from staff mode (dispatch checked the token) and keeps it open.
      if (assisted) deps.staff.assist(from.caller);
      else deps.staff.signOut(from.caller, 'visitor_reset');
      return deps.visits.start(locale, assisted);
    },
    listTutorials: ({ locale }) => deps.tutorials.list(locale),
    getQuestions: ({ locale }) => deps.plans.questions(locale),
    makePlan: ({ locale, answers, visitId }) => deps.plans.make(locale, answers, visitId),
    searchTutorials: ({ locale, query }) => deps.search.search(locale, query),
    getSafetyAdvice: ({ locale }) => deps.safety.advice(locale),
    getReviewList: () => ({ items: deps.reviewList() }),
    reportVoices: ({ locales }) => {
      deps.health.reportVoices(locales);
      return { recorded: true };
    },
    getHealth: () => deps.health.health(),
    reportFault: (report) => {
      deps.faults.record(report);
      return { recorded: true };
    },
    openTutorial: ({ tutorialId, locale, variant, visitId }) => {
      const answer = deps.tutorials.open(tutorialId, locale, variant);
      // The visitor gets their tutorial even if the anonymous log cannot be written.
      if (visitId !== undefined) witness({ visitId, kind: 'tutorial_opened', tutorialId, locale });
      return answer;
    },
    saveChecklist: ({ actions, completed, practised, visitId, locale }) => {
      // The stored plan is named field by field: the visit id and language never go into saved_plan.
      const saved = deps.checklists.save({ actions, completed, ...(practised && { practised }) });
      if (visitId !== undefined) witness({ visitId, kind: 'checklist_shown', locale });
      return saved;
    },
    openChecklist: ({ code, visitId }) => {
      const plan = deps.checklists.open(code);
      // Only a plan that opened was resumed; the code itself is never logged.
      if (visitId !== undefined) witness({ visitId, kind: 'checklist_resumed' });
      return plan;
    },
    composeSheet: ({ sheet }) => {
      // report-print: a visitor call; the report's numbers are read only through composeReportSheet.
      if (sheet.kind === 'report')
        throw new KioskError('invalid_request', 'The monthly report is composed by composeReportSheet.');
      return deps.checklists.compose(sheet);
    },
    printSheet: async ({ sheet, copies, visitId }) => {
      // report-print: staff only (dispatch checked the session, STAFF_REQUESTS). The print page gets a
      // one-time ticket in its address, its only way to the numbers; nothing about it is logged, and it
      // is no visitor's print.
      if (sheet.kind === 'report') {
        const settings = deps.settings();
        return deps.printer.print({
          path: sheetPath(sheet, deps.reportSheets.ticketFor(sheet)),
          paperSize: settings.paperSize,
          copies,
          printerName: settings.printer,
        });
      }
      // Composed first: an unknown code is the visitor's mistake to hear about, not a printer fault.
      deps.checklists.compose(sheet);
      const settings = deps.settings();
      let result: PrintResult;
      try {
        result = await deps.printer.print({
          path: sheetPath(sheet),
          paperSize: settings.paperSize,
          copies,
          printerName: settings.printer,
        });
      } catch (error) {
        witnessPrint(visitId, sheet, 'print_failed');
        throw error;
      }
      witnessPrint(visitId, sheet, PRINT_EVENTS[result.status]);
      return result;
    },
    recordEvent: (event) => {
      deps.visits.record(event);
      return { recorded: true };
    },
    getStaffStatus: (_request, from) => ({ ...deps.staff.status(from), canExitKiosk: deps.exit !== undefined }),
    staffSignIn: ({ pin }, from) => deps.staff.signIn(pin, from.caller),
    staffRecover: ({ recoveryCode, newPin }, from) => deps.staff.recover(recoveryCode, newPin, from.caller),
    staffSignOut: (_request, from) => {
      deps.staff.signOut(from.caller);
      return { signedOut: true };
    },
    setupKiosk: ({ settings, pin }, from) =>
      deps.staff.firstPin(pin, from.caller, { kind: 'setup', store: () => deps.applySettings(settings) }),
    setStaffPin: ({ pin, setupCode }, from) =>
      deps.staff.firstPin(pin, from.caller, { kind: 'provisioned', setupCode }),
    // staff-pin
    changeStaffPin: async ({ currentPin, newPin }) => {
      await deps.staff.changePin(currentPin, newPin);
      return { changed: true };
    },
    exitKiosk: () => {
      const exit = deps.exit;
      if (!exit)
        throw new KioskError(
          'not_supported',
          'The browser shell cannot exit the kiosk: close the browser, or stop the program that serves it.',
        );
      // The shell quits once this answer is on its way (electron/shell/exit.ts), so the page hears it.
      exit();
      return { exiting: true };
    },
    // Staff tools.
    listGuides: () => ({ guides: deps.tutorials.guides() }),
    // First-run setup (staff-setup): see call-access.ts for why this visitor call refuses visitors.
    listPrinters: (_request, from) => {
      if (!from.staff && !deps.staff.status(from).setupAvailable)
        throw new KioskError('forbidden', 'The printer list is for first-run setup and signed-in staff.');
      return deps.printer.list();
    },
    // Reports (issue 16). report-core: the numbers from the rollup.
    getVisitReport: ({ from, to, locale }) => deps.reports.report({ from, to }, locale),
    // Reports (report-export): the exact report, exactly as the screen gets it, then suppressed and sealed.
    exportVisitReport: async (request, from) => deps.reportExport.export(await handlers.getVisitReport(request, from)),
    // Content packs: a pack waits per caller (the staff page that opened it); staff calls always have one.
    getContentPacks: () => deps.contentPacks.status(),
    openContentPack: ({ upload }, from) =>
      deps.contentPacks.open(from.caller ?? '', upload && Buffer.from(upload.base64, 'base64')),
    applyContentPack: ({ ticket, allowOlder }, from) => deps.contentPacks.apply(from.caller ?? '', ticket, allowOlder),
    rollBackContent: () => deps.contentPacks.rollBack(),
    addContentPackKey: ({ publicKey, confirm }) => deps.contentPacks.addKey(publicKey, confirm),
    // report-print: the ticket (or the staff session) is checked before anything is read; the numbers
    // are getVisitReport's own, for the month's first to last day.
    composeReportSheet: async ({ month, lang, ticket }, from) => {
      const sheet = { month, lang };
      deps.reportSheets.admit(sheet, ticket, from.staff);
      const report = await handlers.getVisitReport({ ...monthRange(month), locale: lang }, from);
      return deps.reportSheets.compose(sheet, report);
    },
  };
  return handlers;
}
