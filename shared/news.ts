import { z } from 'zod';
import { PRINT_FAILURES } from './checklist-schema.ts';
import type { NewsName } from './news-names.ts';

export {
  isNewsName,
  NEWS_CHANNEL,
  NEWS_NAMES,
  NEWS_PAGE_PARAM,
  NEWS_ROUTE,
  newsUrl,
  type NewsName,
} from './news-names.ts';

/** What the kiosk last learned of its printer: it printed (`ready`), or why its last job could not print. */
export const PRINTER_STATES = ['ready', ...PRINT_FAILURES] as const;

/**
 * The contract's other direction: news the core sends the page, without being asked, beside the calls
 * (api.ts) the page makes. Each entry is one piece of news and the schema of what it carries. The page
 * never asks for news by polling: it subscribes once (the preload's `on`, or GET /api/news) and is told.
 * News goes to every page of the kiosk (or, for one page's own staff session, to that page alone), so
 * none of it may carry anything about a visitor or a staff member: no resume code, no PIN, no token, no name, no free text. `.strict()` refuses a field that is
 * not written here, so nothing can ride along by accident.
 */
export const kioskNews = {
  /**
   * The printer changed state: out of paper, offline, missing, a job failed, or it printed again (the
   * printer is back). Known from the jobs the kiosk sends (Electron); the browser shell's page prints
   * itself, so it never has this news. Carries the state only, never the sheet or its code.
   */
  printerStatus: z.object({ state: z.enum(PRINTER_STATES) }).strict(),
  /**
   * A backup of the database was written, or could not be (`diskFull` when the disk is the reason).
   * `reason` is why it was made; `day` the local day it is named by. Nothing of the database's content.
   */
  backup: z.discriminatedUnion('status', [
    z
      .object({
        status: z.literal('written'),
        reason: z.enum(['daily', 'before-migration', 'before-content']),
        day: z.iso.date(),
      })
      .strict(),
    z
      .object({
        status: z.literal('failed'),
        reason: z.enum(['daily', 'before-migration', 'before-content']),
        diskFull: z.boolean(),
      })
      .strict(),
  ]),
  /**
   * The staff session ended: five minutes without a touch (`expired`), staff left staff mode
   * (`signed_out`), or a visitor reset ended it (`visitor_reset`). Staff screens close on it. Never the
   * session's token, nor who the staff member was. Unlike the other news it is for one window or page
   * only, the one the session was bound to (core/staff/staff-sessions.ts, `news.emitTo`): the Electron
   * shell sends it to that window, the browser shell to that page's stream (`?page=`, NEWS_PAGE_PARAM).
   */
  staffSessionEnded: z.object({ reason: z.enum(['expired', 'signed_out', 'visitor_reset']) }).strict(),
} as const satisfies Record<NewsName, z.ZodType>;

export type KioskNews = typeof kioskNews;

/** What a piece of news carries, as the page receives it. */
export type NewsPayload<N extends NewsName> = z.output<KioskNews[N]>;

/** One piece of news on the wire: its name and what it carries. */
export type NewsMessage = { [N in NewsName]: { name: N; payload: NewsPayload<N> } }[NewsName];

export type PrinterState = NewsPayload<'printerStatus'>['state'];
export type StaffSessionEndReason = NewsPayload<'staffSessionEnded'>['reason'];
