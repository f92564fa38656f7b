import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { RecoveryCodeScreen } from '../../renderer/screens/Staff/RecoveryCodeScreen.tsx';
import { axeViolations } from './axe.ts';
import { mountScreen } from './mount.tsx';

/**
 * The recovery code, shown once after first-run setup (and, reused, after a recovery or the first
 * PIN): large, in its groups of four, in English over any visitor language, and nobody goes on
 * before ticking "I have written it down".
 */
describe('the recovery code shown once', () => {
  it('shows the code in groups of four, says to keep it away from the kiosk, and waits for the tick', async () => {
    const done: string[] = [];
    await mountScreen(<RecoveryCodeScreen code="ABCD-EFGH-JKMN" onDone={() => done.push('done')} />, {
      locale: 'ar',
    });
    await expect.element(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    const root = document.querySelector('.recovery-code');
    expect(root?.getAttribute('lang')).toBe('en');
    expect(root?.getAttribute('dir')).toBe('ltr');
    const groups = page.getByRole('list', { name: 'Recovery code' }).getByRole('listitem');
    expect(groups.elements().map((g) => g.textContent)).toEqual(['ABCD', 'EFGH', 'JKMN']);
    // Large: well above the body text, so it can be copied from a step away.
    const size = Number.parseFloat(getComputedStyle(groups.first().element()).fontSize);
    expect(size).toBeGreaterThanOrEqual(48);
    await expect.element(page.getByText('The kiosk shows it only this once.', { exact: false })).toBeVisible();
    await expect.element(page.getByText('away from the kiosk', { exact: false })).toBeVisible();

    const go = page.getByRole('button', { name: 'Continue', exact: true });
    await expect.element(go).toBeDisabled();
    expect(await axeViolations(), 'axe on the recovery code, not yet ticked').toEqual([]);
    await page.getByRole('checkbox', { name: 'I have written it down' }).click();
    await expect.element(go).toBeEnabled();
    await go.click();
    expect(done).toEqual(['done']);
  });

  it('the bare twelve letters come out in the same groups', async () => {
    await mountScreen(<RecoveryCodeScreen code="ABCDEFGHJKMN" onDone={() => {}} />);
    const groups = page.getByRole('list', { name: 'Recovery code' }).getByRole('listitem');
    expect(groups.elements().map((g) => g.textContent)).toEqual(['ABCD', 'EFGH', 'JKMN']);
  });
});
