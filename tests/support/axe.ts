import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA: the bar every screen must clear. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeScope = { tags: readonly string[] } | { rules: readonly string[] };

/**
 * axe-core on the page as it is now; returns the violations as "rule (impact): targets" lines.
 *
 * Why not @axe-core/playwright's AxeBuilder: every analyze() injects 650 kB of axe into every frame
 * and opens a helper page to finish the run, about a second each time; the sweep scans some five
 * hundred screen-and-theme pairs. The kiosk is one page with no frames, so axe is injected once per
 * document and run in place (30-170 ms).
 */
export async function axeViolations(page: Page, scope: AxeScope): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const runOnly = 'tags' in scope ? { type: 'tag', values: [...scope.tags] } : { type: 'rule', values: [...scope.rules] };
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
