import type { CallResponse } from '../../shared/api.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../shared/staff.ts';
import { TEST_PIN } from '../support/staff.ts';
import { expect, test } from './fixtures.ts';
import { signInOverHttp, staffApi } from './kiosk-page.ts';

test('Ctrl+Alt+S opens the staff PIN pad; a wrong PIN, then the right one, opens staff home with the real health values and review list; start over signs staff out', async ({
  page,
  request,
  kiosk,
}) => {
  // The kiosk's first PIN, chosen the way the PIN pad's own calls do (tests/support/staff.ts).
  await signInOverHttp(request);
  const health = await staffApi<CallResponse<'getHealth'>>(request, 'getHealth', {});
  const review = await staffApi<CallResponse<'getReviewList'>>(request, 'getReviewList', {});
  // The page's staff headers, as its client sends them: to ask the core afterwards whether the session ended.
  let staffHeaders: Record<string, string> | undefined;
  page.on('request', (r) => {
    const h = r.headers();
    if (r.url().endsWith('/api/getHealth') && h[STAFF_TOKEN_HEADER])
      staffHeaders = { [STAFF_TOKEN_HEADER]: h[STAFF_TOKEN_HEADER], [PAGE_ID_HEADER]: h[PAGE_ID_HEADER] ?? '' };
  });

  await kiosk.open();
  await page.keyboard.press('Control+Alt+KeyS');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Staff sign-in');
  await kiosk.snapshot('en', 'staff-1-pin');
  await kiosk.expectAccessible('staff PIN pad');

  const pad = async (pin: string) => {
    for (const d of pin) await page.getByRole('button', { name: d, exact: true }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  };
  await pad(TEST_PIN.split('').reverse().join(''));
  await expect(page.getByRole('alert')).toHaveText(/^Wrong PIN\. \d tries? left before the pad locks\.$/);
  await kiosk.snapshot('en', 'staff-2-pin-wrong');
  await kiosk.expectAccessible('staff PIN pad, wrong PIN');
  await pad(TEST_PIN);
  await expect(heading).toHaveText('Staff');
  await kiosk.snapshot('en', 'staff-3-home');
  await kiosk.expectAccessible('staff home');

  await kiosk.press('Kiosk health');
  await expect(heading).toHaveText('Kiosk health');
  const row = (label: string) => page.locator('.health__row').filter({ has: page.locator('dt', { hasText: label }) });
  await expect(row('Guides').locator('dd')).toHaveText(String(health.content.tutorials));
  await expect(row('Facts not yet confirmed').locator('dd')).toHaveText(String(health.content.unconfirmed));
  await expect(row('Backups kept').locator('dd')).toHaveText(String(health.backups.count));
  await expect(row('Visit log').first().locator('dd')).toHaveText(health.visitLog.ok ? 'Writing normally' : 'Failing');
  // The page reported its voices at load; the health page lists each language it was asked about.
  await expect(page.locator('.health__section').first().locator('.health__row')).not.toHaveCount(0);
  await kiosk.snapshot('en', 'staff-4-health');
  await kiosk.expectAccessible('staff health');

  await kiosk.press('Back');
  await kiosk.press('Facts to check');
  await expect(heading).toHaveText('Facts to check');
  const groups = [
    ['step', 'Guide steps'],
    ['note', 'Facilitator notes'],
    ['hotline', 'Hotlines'],
  ] as const;
  const expected = groups
    .map(([kind, title]) => [title, review.items.filter((i) => i.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([title, n]) => `${title} (${n})`);
  expect(expected.length, 'the test content has facts to check').toBeGreaterThan(0);
  await expect(page.locator('.review__group h2')).toHaveText(expected);
  await expect(page.locator('.review__item')).toHaveCount(review.items.length);
  await kiosk.snapshot('en', 'staff-5-review');
  await kiosk.expectAccessible('staff review list');

  // Start over (a visitor reset) ends the staff session in the core, not just on screen.
  expect(staffHeaders).toBeDefined();
  const signedOut = page.waitForResponse((r) => r.url().endsWith('/api/staffSignOut') && r.ok());
  await kiosk.endVisit();
  await signedOut;
  await expect(page.locator('.attract__surface')).toBeVisible();
  const after = await request.post('/api/getHealth', { data: {}, headers: staffHeaders });
  expect(after.status()).toBe(401);

  // The hidden way in: five quick taps in the top corner where the kiosk's name is (top left here).
  for (let i = 0; i < 5; i++) await page.mouse.click(10, 10);
  await expect(heading).toHaveText('Staff sign-in');
  // The one console line is the browser's own note of the wrong PIN's HTTP 401; nothing else went wrong.
  expect(kiosk.problems).toEqual([
    'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
  ]);
});
