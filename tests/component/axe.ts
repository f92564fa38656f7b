import axe from 'axe-core';
import { AXE_TAGS, axeRunOnly, describeViolations, type AxeScope } from '../support/axe-rules.ts';

/** axe-core on the mounted screen as it is now (the test runs in the page): "rule (impact): targets" lines. */
export async function axeViolations(scope: AxeScope = { tags: AXE_TAGS }): Promise<string[]> {
  const results = await axe.run(document, { runOnly: axeRunOnly(scope), resultTypes: ['violations'] });
  return describeViolations(results.violations);
}
