import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';

/**
 * What a page's heap holds, counted by kind and constructor, from a V8 heap snapshot (CDP
 * HeapProfiler.takeHeapSnapshot): the soak (soak.ts) takes one at its baseline and one at its end when
 * asked (SOAK_CENSUS=1) and prints what grew, so a leak names its constructor instead of being a number.
 */
export type Census = Map<string, { count: number; bytes: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Takes a heap snapshot of the page (after a GC: the snapshot forces one) and counts its objects. */
export async function takeCensus(cdp: CDPSession): Promise<Census> {
  const chunks: string[] = [];
  const take = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  }
  const text = chunks.join('');
  // SOAK_SNAPSHOT_DIR: the snapshots are kept too, for DevTools' Memory panel (retainers, comparison).
  const dir = process.env.SOAK_SNAPSHOT_DIR;
  if (dir) writeFileSync(join(dir, `soak-${Date.now()}.heapsnapshot`), text);
  return census(JSON.parse(text) as Snapshot);
}

export function census(heap: Snapshot): Census {
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const at = (field: string) => fields.indexOf(field);
  const [type, name, size] = [at('type'), at('name'), at('self_size')];
  const counted: Census = new Map();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const kind = types[heap.nodes[i + type]!] ?? '?';
    // Strings and numbers by kind alone: their "name" is their value.
    const label =
      kind === 'object' || kind === 'closure' || kind === 'native'
        ? `${kind} ${heap.strings[heap.nodes[i + name]!]}`
        : kind;
    const entry = counted.get(label) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += heap.nodes[i + size]!;
    counted.set(label, entry);
  }
  return counted;
}

/** The kinds that grew most from `before` to `after`, by bytes: the first suspects of a leak. */
export function grown(before: Census, after: Census, top = 25) {
  return [...after]
    .map(([label, a]) => {
      const b = before.get(label) ?? { count: 0, bytes: 0 };
      return { label: label.slice(0, 90), count: a.count - b.count, bytes: a.bytes - b.bytes };
    })
    .filter((row) => row.count !== 0 || row.bytes !== 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
}
