import { randomBytes } from 'node:crypto';
import type { Locale } from '../../../shared/locales.ts';
import type { ReportMonth } from '../../../shared/report-sheet-schema.ts';

/** The one sheet a ticket opens. */
export interface TicketSheet {
  month: ReportMonth;
  lang: Locale;
}

export interface PrintTickets {
  /** A new ticket for this sheet, for the print page's address. */
  mint(sheet: TicketSheet): string;
  /**
   * True once for a ticket minted for exactly this sheet and not yet expired; it is spent either way,
   * so a ticket tried against another month is gone too. False for anything else.
   */
  redeem(ticket: string, sheet: TicketSheet): boolean;
}

/**
 * Five minutes: a print job waits for the one before it in the Electron printer's queue (each at most
 * two minutes, electron-printer.ts) and then loads the page within 20 s. Long enough for a short
 * queue, short enough that a ticket nobody used (the browser shell prints the page itself) dies soon.
 */
export const TICKET_LIFETIME_MS = 5 * 60_000;

/** Unused tickets kept at most; the oldest is dropped first (staff print one report at a time). */
export const TICKETS_KEPT = 16;

/**
 * The print tickets of the monthly report, in memory only: a restart spends them all. The Electron
 * print window lays the report out with the kiosk page's bridge and no staff session, and every
 * visitor page uses that same bridge; the ticket is what tells the print window's request apart.
 * Minted for a staff member's printSheet (dispatch checked the session), it opens one sheet once.
 */
export function createPrintTickets(options: { now: () => number; random?: () => string }): PrintTickets {
  const random = options.random ?? (() => randomBytes(32).toString('base64url'));
  const tickets = new Map<string, TicketSheet & { expires: number }>();

  function dropExpired(now: number) {
    for (const [ticket, held] of tickets) if (held.expires <= now) tickets.delete(ticket);
  }

  return {
    mint(sheet) {
      const now = options.now();
      dropExpired(now);
      // A Map keeps insertion order: the first key is the oldest ticket.
      while (tickets.size >= TICKETS_KEPT) tickets.delete(tickets.keys().next().value as string);
      const ticket = random();
      tickets.set(ticket, { month: sheet.month, lang: sheet.lang, expires: now + TICKET_LIFETIME_MS });
      return ticket;
    },
    redeem(ticket, sheet) {
      const held = tickets.get(ticket);
      if (!held) return false;
      tickets.delete(ticket);
      return held.expires > options.now() && held.month === sheet.month && held.lang === sheet.lang;
    },
  };
}
