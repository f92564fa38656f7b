import { describe, expect, it } from 'vitest';
import { printTicketSchema } from '../../../shared/report-sheet-schema.ts';
import { createPrintTickets, TICKET_LIFETIME_MS, TICKETS_KEPT } from '../../../electron/core/reports/print-tickets.ts';

const NOVEMBER = { month: '2026-11', lang: 'en' } as const;

function tickets() {
  let now = 1_000_000;
  return {
    store: createPrintTickets({ now: () => now }),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('print tickets for the monthly report', () => {
  it('are 32 random bytes the contract accepts, never the same twice', () => {
    const { store } = tickets();
    const a = store.mint(NOVEMBER);
    const b = store.mint(NOVEMBER);
    expect(printTicketSchema.safeParse(a).success).toBe(true);
    expect(a).not.toBe(b);
  });

  it('open their sheet once', () => {
    const { store } = tickets();
    const ticket = store.mint(NOVEMBER);
    expect(store.redeem(ticket, NOVEMBER)).toBe(true);
    expect(store.redeem(ticket, NOVEMBER)).toBe(false);
  });

  it('open nothing once expired', () => {
    const { store, advance } = tickets();
    const fresh = store.mint(NOVEMBER);
    const old = store.mint(NOVEMBER);
    advance(TICKET_LIFETIME_MS - 1);
    expect(store.redeem(fresh, NOVEMBER)).toBe(true);
    advance(1);
    expect(store.redeem(old, NOVEMBER)).toBe(false);
  });

  it('open only the month and language they were minted for, and are spent by a wrong try', () => {
    const { store } = tickets();
    const ticket = store.mint(NOVEMBER);
    expect(store.redeem(ticket, { month: '2026-10', lang: 'en' })).toBe(false);
    expect(store.redeem(ticket, NOVEMBER)).toBe(false);
    const other = store.mint(NOVEMBER);
    expect(store.redeem(other, { month: '2026-11', lang: 'ar' })).toBe(false);
  });

  it('are never made up: an unknown ticket opens nothing', () => {
    const { store } = tickets();
    store.mint(NOVEMBER);
    expect(store.redeem('A'.repeat(43), NOVEMBER)).toBe(false);
  });

  it(`keep at most ${TICKETS_KEPT} unused, dropping the oldest`, () => {
    const { store } = tickets();
    const all = Array.from({ length: TICKETS_KEPT + 1 }, () => store.mint(NOVEMBER));
    expect(store.redeem(all[0] ?? '', NOVEMBER)).toBe(false);
    expect(all.slice(1).every((t) => store.redeem(t, NOVEMBER))).toBe(true);
  });
});
