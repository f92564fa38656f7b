import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { HealthScreen } from '../../renderer/screens/Staff/HealthScreen.tsx';
import { ReviewListScreen } from '../../renderer/screens/Staff/ReviewListScreen.tsx';
import type { CallResponse } from '../../shared/api.ts';
import { KioskError } from '../../shared/errors.ts';
import { NewsProvider } from '../../renderer/api/news-context.tsx';
import { axeViolations } from './axe.ts';
import { fakeNews } from './fake-news.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { shownText } from './text.ts';
import { fontPresent, pageChromiumVersion } from '../../renderer/staff/font-check.ts';
import type { Locale } from '../../shared/locales.ts';

/**
 * The health page and the review list draw what the core answers, readably, in English. That the
 * answers are the real core's values is proven in tests/e2e/staff-entry.e2e.ts.
 */
const TROUBLED: CallResponse<'getHealth'> = {
  voices: { reported: true, available: ['en', 'zh-Hant'], missing: ['ar'] },
  content: { tutorials: 23, unconfirmed: 4, version: '3f9a0c1d2e4b', verified: '2026-12-05' },
  faults: { render: 2, uncaught: 0, rejection: 1 },
  visitLog: { ok: false, pending: 3, dropped: 1, failures: 7, failingSince: '2026-12-06T09', lastError: 'SQLITE_BUSY' },
  recovery: {
    lastStart: {
      action: 'restored_backup',
      problem: 'not_sqlite',
      day: '2026-12-06',
      damagedFile: 'kiosk.db.damaged-2026-12-06',
      backupFile: 'backup-2026-12-05.db',
      backupDay: '2026-12-05',
      message: 'restored',
    },
    damagedFilesKept: ['kiosk.db.damaged-2026-12-06'],
  },
  backups: { count: 3, newestDay: '2026-12-05', failing: true },
  resumeCodes: { throttled: 6 },
  printer: 'no_paper',
  database: { ok: false, problem: '*** in database main *** Page 12: btreeInitPage() returns error code 11' },
  disk: { freeBytes: 312 * 1024 * 1024, low: true },
  clock: { ok: false, behind: 'log', later: '2026-12-06T14' },
  versions: { app: '0.1.0', node: '24.11.1', electron: '39.2.0', chrome: '142.0.7444.59' },
  locales: ['en', 'zh-Hant', 'ar'],
};

/** Each fact as "label: value" (⚠ marks a fact that needs staff), in the order shown. */
const rows = () =>
  [...document.querySelectorAll('.health__row')].map(
    (r) =>
      `${r.querySelector('dt')?.textContent}: ${getComputedStyle(r.querySelector('dd')!, '::before').content === 'none' ? '' : '⚠ '}${r.querySelector('dd')?.textContent}`,
  );

describe('the staff health page', () => {
  it('shows every fact the core reports, marking what needs staff, in English over an Arabic visit', async () => {
    const checkFont = (l: Locale) => Promise.resolve(l !== 'ar');
    await mountScreen(<HealthScreen onBack={() => {}} onSessionLost={() => {}} checkFont={checkFont} />, {
      locale: 'ar',
      api: fakeKiosk({ getHealth: () => TROUBLED }),
    });
    await expect.element(page.getByRole('heading', { name: 'Read-aloud voices' })).toBeVisible();
    await expect.poll(rows).toContain('العربية: ⚠ font missing');
    expect(rows()).toEqual([
      'English: voice ready',
      '繁體中文: voice ready',
      'العربية: ⚠ no voice',
      'English: font present',
      '繁體中文: font present',
      'العربية: ⚠ font missing',
      'Guides: 23',
      'Facts not yet confirmed: ⚠ 4',
      'Content version: 3f9a0c1d2e4b',
      'Facts last checked: 2026-12-05',
      'Quick check: ⚠ Damaged: *** in database main *** Page 12: btreeInitPage() returns error code 11',
      'Free disk space: ⚠ 312 MB: under 500 MB, make room',
      'Clock: ⚠ Behind (the log has hours later than now: 2026-12-06 14:00)',
      'A screen failed to draw: ⚠ 2',
      'Uncaught errors: 0',
      'Unhandled failures: ⚠ 1',
      'Visit log: ⚠ Failing',
      'Failing since (hour): ⚠ 2026-12-06 09:00',
      'Last error: ⚠ SQLITE_BUSY',
      'Events waiting to be written: ⚠ 3',
      'Events lost: ⚠ 1',
      'Write failures: ⚠ 7',
      'Database at last start: ⚠ Damaged; restored from the backup of 2026-12-05',
      'Damaged files kept for staff to remove: ⚠ kiosk.db.damaged-2026-12-06',
      'Backups kept: 3',
      'Newest backup: 2026-12-05',
      'Backups: ⚠ The last backup failed (is the disk full?)',
      'Printer: ⚠ Out of paper',
      'Checklist codes refused (too many wrong codes tried): ⚠ 6',
      'SafeCall Kiosk: 0.1.0',
      'Node.js: 24.11.1',
      'Electron: 39.2.0',
      'Chromium: 142.0.7444.59',
    ]);
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(await axeViolations(), 'axe on the health page').toEqual([]);
  });

  it('a healthy kiosk with no voices reported yet and no backups says so plainly', async () => {
    await mountScreen(<HealthScreen onBack={() => {}} onSessionLost={() => {}} />, {
      api: fakeKiosk({
        getHealth: () => ({
          ...TROUBLED,
          voices: { reported: false, available: [], missing: [] },
          faults: { render: 0, uncaught: 0, rejection: 0 },
          visitLog: { ok: true, pending: 0, dropped: 0, failures: 0 },
          recovery: { lastStart: { action: 'none' }, damagedFilesKept: [] },
          backups: { count: 0, failing: false },
          printer: 'browser',
          content: { tutorials: 23, unconfirmed: 0 },
          database: { ok: true },
          disk: { freeBytes: 20 * 1024 ** 3, low: false },
          clock: { ok: true },
          versions: { app: '0.1.0', node: '24.11.1' },
        }),
      }),
    });
    await expect.element(page.getByRole('heading', { name: 'Read-aloud voices' })).toBeVisible();
    // The fonts the app bundles, checked for real in this Chromium: each enabled language's is there.
    await expect.poll(rows).toContain('العربية: font present');
    expect(rows()).toContain('English: font present');
    expect(rows()).toContain('繁體中文: font present');
    expect(rows()).toContain('Content version: Not known');
    expect(rows()).toContain('Quick check: No problem found');
    expect(rows()).toContain('Free disk space: 20.0 GB');
    expect(rows()).toContain('Clock: OK');
    expect(rows()).not.toContain('Electron: ');
    // The browser shell's core runs in Node: the page names the Chromium it runs in itself.
    expect(rows().find((r) => r.startsWith('Chromium (this browser): '))).toMatch(/: \d+(\.\d+\.\d+\.\d+)?$/);
    expect(rows()).toContain('Read-aloud voices: The screen has not reported its voices yet.');
    expect(rows()).toContain('Visit log: Writing normally');
    expect(rows()).toContain('Database at last start: Opened normally');
    expect(rows()).toContain('Newest backup: None yet');
    expect(rows()).toContain('Printer: The browser prints (browser shell): the kiosk has no printer of its own');
  });

  it("changes the printer and the backups as the core's news comes, without asking the core again", async () => {
    const { news, push, listening } = fakeNews();
    const api = fakeKiosk({ getHealth: () => TROUBLED });
    await mountScreen(
      <NewsProvider news={news}>
        <HealthScreen onBack={() => {}} onSessionLost={() => {}} />
      </NewsProvider>,
      { api },
    );
    await expect.element(page.getByRole('heading', { name: 'Printer' })).toBeVisible();
    expect(rows()).toContain('Printer: ⚠ Out of paper');
    await expect.poll(() => listening('printerStatus') + listening('backup')).toBe(2);
    push('printerStatus', { state: 'ready' });
    await expect.poll(rows).toContain('Printer: Ready');
    push('backup', { status: 'written', reason: 'daily', day: '2026-12-06' });
    await expect.poll(rows).toContain('Backups: Last backup written');
    expect(rows()).toContain('Newest backup: 2026-12-06');
    push('printerStatus', { state: 'offline' });
    push('backup', { status: 'failed', reason: 'daily', diskFull: true });
    await expect.poll(rows).toContain('Printer: ⚠ Offline');
    expect(rows()).toContain('Backups: ⚠ The last backup failed (is the disk full?)');
    // The newest backup written is still the one the news told of.
    expect(rows()).toContain('Newest backup: 2026-12-06');
    expect(api.calls.map((c) => c.call)).toEqual(['getHealth']);
    expect(await axeViolations(), 'axe on the health page after news').toEqual([]);
  });

  it('a session the core refused sends staff back to the PIN pad', async () => {
    const lost: string[] = [];
    await mountScreen(<HealthScreen onBack={() => {}} onSessionLost={() => lost.push('lost')} />, {
      api: fakeKiosk({
        getHealth: () => {
          throw new KioskError('unauthorized', 'A staff session is needed.');
        },
      }),
    });
    await expect.poll(() => lost).toEqual(['lost']);
  });
});

describe('the font check', () => {
  it("calls a language's font missing when no bundled face matches it, whatever check() says", async () => {
    const fonts = (faces: FontFace[], checked: boolean) =>
      ({ load: () => Promise.resolve(faces), check: () => checked }) as unknown as FontFaceSet;
    expect(await fontPresent('ko', fonts([], true))).toBe(false);
    expect(await fontPresent('ko', fonts([new FontFace('Noto Sans KR', 'local(x)')], false))).toBe(false);
    expect(await fontPresent('ko', fonts([new FontFace('Noto Sans KR', 'local(x)')], true))).toBe(true);
    expect(await fontPresent('ko')).toBe(true);
  });

  it("names the page's Chromium, only its major when the user agent is the reduced one", () => {
    expect(pageChromiumVersion('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36')).toBe('156');
    expect(pageChromiumVersion('Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0.7444.59 Safari/537.36')).toBe(
      '142.0.7444.59',
    );
    expect(
      pageChromiumVersion('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'),
    ).toBeUndefined();
  });
});

describe('the staff review list', () => {
  it('groups the unconfirmed facts by kind, each with where it sits in the content', async () => {
    await mountScreen(<ReviewListScreen onBack={() => {}} onSessionLost={() => {}} />, {
      api: fakeKiosk({
        getReviewList: () => ({
          items: [
            { kind: 'hotline', hotlineId: 'hk-police', region: 'HK', text: 'Anti-Deception hotline 18222' },
            {
              kind: 'step',
              tutorialId: 'iphone-facetime',
              variantId: 'ios-26',
              stepId: 'open-settings',
              text: 'Open Settings',
            },
            { kind: 'note', tutorialId: 'iphone-facetime', text: 'Older iPads hide it' },
          ],
        }),
      }),
    });
    await expect.element(page.getByRole('heading', { name: 'Guide steps (1)' })).toBeVisible();
    expect([...document.querySelectorAll('.review__group h2')].map((h) => h.textContent)).toEqual([
      'Guide steps (1)',
      'Facilitator notes (1)',
      'Hotlines (1)',
    ]);
    expect(shownText('.review')).toContain('iphone-facetime › whole guide');
    expect(await axeViolations(), 'axe on the review list').toEqual([]);
  });
});
