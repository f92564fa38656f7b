import { describe, expect, it } from 'vitest';
import { parseSheetPath, printTicketOf, sheetPath } from '../../../shared/checklist-schema.ts';
import { monthRange, nextMonth, previousMonth, reportMonthSchema } from '../../../shared/report-sheet-schema.ts';
import { pageFile } from '../../../electron/core/page-routes.ts';

const TICKET = 'A'.repeat(40) + '_-9';

describe('the monthly report sheet address', () => {
  it('is /print/report with its month and language, served by the print page, and reads back as the same request', () => {
    const sheet = { kind: 'report', month: '2026-11', lang: 'zh-Hant' } as const;
    expect(sheetPath(sheet)).toBe('/print/report?month=2026-11&lang=zh-Hant');
    expect(pageFile('/print/report')).toBe('/print.html');
    const url = new URL(sheetPath(sheet), 'app://kiosk');
    expect(parseSheetPath(url.pathname, url.search)).toMatchObject({ success: true, data: sheet });
  });

  it('carries the print ticket outside the request: the request reads back without it, the ticket on its own', () => {
    const url = new URL(sheetPath({ kind: 'report', month: '2026-02', lang: 'ar' }, TICKET), 'app://kiosk');
    expect(url.searchParams.get('ticket')).toBe(TICKET);
    expect(parseSheetPath(url.pathname, url.search)).toMatchObject({
      success: true,
      data: { kind: 'report', month: '2026-02', lang: 'ar' },
    });
    expect(printTicketOf(url.search)).toBe(TICKET);
    expect(printTicketOf('?month=2026-02&lang=ar')).toBeUndefined();
  });

  it('never puts a ticket on a checklist or handout address', () => {
    expect(sheetPath({ kind: 'handout', topic: 'whatsapp', lang: 'en' }, TICKET)).toBe(
      '/print/handout?topic=whatsapp&lang=en',
    );
  });

  it.each(['2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', ''])('refuses the month "%s"', (month) => {
    expect(parseSheetPath('/print/report', `?month=${month}&lang=en`).success).toBe(false);
    expect(reportMonthSchema.safeParse(month).success).toBe(false);
  });

  it('refuses a second language on a report: it is printed in one', () => {
    expect(parseSheetPath('/print/report', '?month=2026-11&lang=en&second=ar').success).toBe(false);
  });
});

describe('report months', () => {
  it('run from the first to the last day, leap years included', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('step back and forward across a year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });
});
