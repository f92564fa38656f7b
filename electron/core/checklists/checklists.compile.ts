import type { LocalizedText } from '../content/source-text.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';
import type { ContentBundle } from '../content/content-loader.ts';

/** What the sheet prints besides the plan, compiled from content/checklist.yaml at import. */
export interface PrintData {
  redFlags: string[];
  ifCalled: string[];
  /** Hotline ids printed per region, in order; undefined prints all of the region's lines. */
  hotlines: Partial<Record<Region, string[]>>;
  /** Resolved per region: a region's own list, else its parent's, else generic's. */
  qr: Record<Region, { url: string; label: LocalizedText }[]>;
}

export function compilePrintData(bundle: Pick<ContentBundle, 'checklist' | 'hotlines'>): PrintData {
  const { checklist, hotlines } = bundle;
  const qrFor = (region: Region): PrintData['qr'][Region] => {
    for (let r: Region | undefined = region; r; r = hotlines.regions[r].inherits) {
      const own = checklist.qr[r];
      if (own) return own.map((q) => ({ url: q.url, label: q.label }));
    }
    return (checklist.qr.generic ?? []).map((q) => ({ url: q.url, label: q.label }));
  };
  return {
    redFlags: checklist.redFlags,
    ifCalled: checklist.ifCalled,
    hotlines: checklist.hotlines,
    qr: Object.fromEntries(REGIONS.map((r) => [r, qrFor(r)])) as PrintData['qr'],
  };
}
