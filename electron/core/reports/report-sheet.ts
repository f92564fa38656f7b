import { KioskError } from '../../../shared/errors.ts';
import type { VisitReport } from '../../../shared/report-schema.ts';
import type { ReportSheetView } from '../../../shared/report-sheet-schema.ts';
import type { KioskSettings } from '../../../shared/settings-schema.ts';
import { localDay } from '../checklists/local-day.ts';
import type { PrintTickets, TicketSheet } from './print-tickets.ts';
import { suppressReport } from '../../../shared/report-suppress.ts';

export interface ReportSheets {
  /** A ticket for the print page to open this sheet once (printSheet, after dispatch checked the session). */
  ticketFor(sheet: TicketSheet): string;
  /**
   * Lets the request through, or throws `forbidden` before anything is read: a print ticket must be one
   * minted for this very sheet, unused and unexpired; without one the caller must be staff.
   */
  admit(sheet: TicketSheet, ticket: string | undefined, staff: boolean): void;
  /** The month's exact report (getVisitReport's) as paper prints it: small counts suppressed. */
  compose(sheet: TicketSheet, report: VisitReport): ReportSheetView;
}

export function createReportSheets(deps: {
  tickets: PrintTickets;
  settings: () => KioskSettings;
  now: () => Date;
}): ReportSheets {
  return {
    ticketFor: (sheet) => deps.tickets.mint(sheet),
    admit(sheet, ticket, staff) {
      if (ticket === undefined ? staff : deps.tickets.redeem(ticket, sheet)) return;
      throw new KioskError(
        'forbidden',
        ticket === undefined
          ? 'The monthly report is for staff: sign in with the staff PIN.'
          : 'This print ticket opens nothing: it was used already, it expired, or it is for another report. Print the report again from staff mode.',
      );
    },
    compose(sheet, report) {
      const settings = deps.settings();
      return {
        month: sheet.month,
        lang: sheet.lang,
        paperSize: settings.paperSize,
        generatedOn: localDay(deps.now()),
        suppressBelow: settings.reports.suppressBelow,
        report: suppressReport(report, settings.reports.suppressBelow),
      };
    },
  };
}
