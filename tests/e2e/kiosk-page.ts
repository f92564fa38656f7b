import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA: the bar every screen must clear. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The kiosk as a visitor sees it: big buttons with words on them. Tests speak in these terms, and
 * every screen they reach is checked with axe-core and for console errors (a CSP violation included).
 */
export class KioskPage {
  readonly problems: string[] = [];
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
  }

  async open() {
    await this.page.goto('/');
    await expect(this.page.locator('.attract__surface')).toBeVisible();
  }

  async touchToStart() {
    await this.page.locator('.attract__surface').click();
  }

  async chooseLanguage(nativeName: string) {
    await this.page.getByRole('button', { name: nativeName, exact: true }).click();
    await expect(this.page.locator('.tutorial-card').first()).toBeVisible();
  }

  async openTutorial(title: string) {
    await this.page.getByRole('button', { name: new RegExp(title) }).click();
  }

  async chooseVersion(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  stepText() {
    return this.page.locator('.step__text');
  }

  progress() {
    return this.page.locator('.step-progress__text');
  }

  /** Presses a button the way a visitor can: only if it is on screen without scrolling. */
  async press(name: string) {
    const button = this.page.getByRole('button', { name, exact: true });
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.click();
  }

  /** axe-core on the screen as it is now: zero violations, named in the failure if any. */
  async expectAccessible(screen: string) {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found, `axe violations on the ${screen} screen`).toEqual([]);
  }

  expectNoProblems() {
    expect(this.problems).toEqual([]);
  }
}
