import type { HotlineView } from '../../shared/safety-schema.ts';

/**
 * The lines an urgent card may show a frightened visitor: only those whose facts staff can vouch
 * for (`verified`; the others stay on the staff review list), the region's emergency number first,
 * then the card's own order, at most `max`.
 */
export function urgentLines(lines: HotlineView[], max = Infinity): HotlineView[] {
  const confirmed = lines.filter((line) => line.verified);
  return [...confirmed.filter((l) => l.emergency), ...confirmed.filter((l) => !l.emergency)].slice(0, max);
}
