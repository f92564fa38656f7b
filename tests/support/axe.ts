import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { axeRunOnly, describeViolations, type AxeScope, type AxeViolation } from './axe-rules.ts';

export { AXE_TAGS, type AxeScope } from './axe-rules.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  }, axeRunOnly(scope));
  return describeViolations(violations);
}
