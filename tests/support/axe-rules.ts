/** WCAG 2.2 A and AA: the bar every screen must clear (e2e and component tests alike). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeScope = { tags: readonly string[] } | { rules: readonly string[] };

/** What axe-core's `runOnly` option takes for a scope. */
export function axeRunOnly(scope: AxeScope): { type: 'tag' | 'rule'; values: string[] } {
  return 'tags' in scope ? { type: 'tag', values: [...scope.tags] } : { type: 'rule', values: [...scope.rules] };
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}

/** Each violation as one "rule (impact): targets" line, so a failure names what to fix. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
