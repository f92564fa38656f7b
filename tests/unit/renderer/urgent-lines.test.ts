import { describe, expect, it } from 'vitest';
import { urgentLines } from '../../../renderer/components/urgent-lines.ts';
import type { HotlineView } from '../../../shared/safety-schema.ts';

const line = (id: string, verified: boolean, emergency = false): HotlineView => ({
  id,
  kind: 'phone',
  contact: id,
  name: id,
  purpose: `when to call ${id}`,
  emergency,
  verified,
});

describe('the lines an urgent card shows', () => {
  it("show only confirmed lines, the emergency number first, as a New York centre's would be", () => {
    // US-NYC as the core serves it: its own lines (the NYPD line unconfirmed), then the national ones.
    const nyc = [
      line('911', true, true),
      line('nypd', false),
      line('311', true),
      line('elder-fraud', true),
      line('ftc', true),
    ];
    expect(urgentLines(nyc, 2).map((l) => l.id)).toEqual(['911', '311']);
    expect(urgentLines(nyc).map((l) => l.id)).toEqual(['911', '311', 'elder-fraud', 'ftc']);
  });

  it('move the emergency number first even where a card lists it later', () => {
    expect(urgentLines([line('18222', true), line('999', true, true)]).map((l) => l.id)).toEqual(['999', '18222']);
  });

  it('show nothing rather than an unconfirmed line', () => {
    expect(urgentLines([line('maybe', false)])).toEqual([]);
  });
});
