import { readFile } from 'node:fs/promises';
import type { CallResponse } from '../../shared/api.ts';
import { localToday, presetRange } from '../../renderer/reports/report-range.ts';
import { TEST_PIN } from '../support/staff.ts';
import { expect, test } from './fixtures.ts';
import { signInOverHttp, staffApi } from './kiosk-page.ts';

test("a visitor's visit is counted on the staff Reports screen, drawn under the browser shell's CSP, and its export downloads with the kiosk's label", async ({
  page,
  request,
  kiosk,
}) => {
  // This month, as the screen's first range; the worker's kiosk may have counted other tests' visits.
  const range = presetRange('thisMonth', localToday());
  const visitsNow = async () =>
    (await staffApi<CallResponse<'getVisitReport'>>(request, 'getVisitReport', { ...range, locale: 'en' })).visits
      .total;
  await signInOverHttp(request);
  const before = await visitsNow();

  await kiosk.open();
  await kiosk.touchToStart();
  await kiosk.chooseLanguage('English');
  await kiosk.endVisit();
  await expect(page.locator('.attract__surface')).toBeVisible();
  // The core writes the log in batches: the visit is counted once its events are written.
  await expect.poll(visitsNow).toBe(before + 1);

  await page.keyboard.press('Control+Alt+KeyS');
  for (const d of TEST_PIN) await page.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff');
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports');
  await expect(page.locator('.report__total')).toHaveText(new Intl.NumberFormat('en').format(before + 1));
  // The charts are in the page as SVG, and drew under `style-src 'self'`: no style attribute, and no CSP
  // report among the page's console problems.
  await expect(page.locator('.report__chart svg')).toHaveCount(6);
  expect(await page.locator('.report [style], .report style').count()).toBe(0);
  await kiosk.snapshot('en', 'staff-reports');
  await kiosk.expectAccessible('staff reports');

  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export (CSV and JSON)' }).click();
  const download = await downloaded;
  await expect(page.getByText('Your browser is downloading these files:')).toBeVisible();
  const settings = await staffApi<CallResponse<'getSettings'>>(request, 'getSettings', {});
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text).toContain(settings.kioskLabel);
  expect(download.suggestedFilename()).toMatch(new RegExp(`${range.from}.*${range.to}\\.(csv|json)$`));
  kiosk.expectNoProblems();
});
