import type { KioskHandlers } from '../../../shared/api.ts';
import { CALL_EFFECTS } from '../../../shared/call-effects.ts';
import type { CallName } from '../../../shared/calls.ts';

/** The content pack calls themselves: they queue among themselves (content-packs.service.ts). */
const PACK_CALLS: ReadonlySet<CallName> = new Set([
  'getContentPacks',
  'openContentPack',
  'applyContentPack',
  'rollBackContent',
  'addContentPackKey',
]);

/**
 * Every call that writes (CALL_EFFECTS) waits while a content pack's transaction holds the database's write lock on
 * its worker (issue 19). Without this, a visitor's write made during an import (starting a visit, saving a plan)
 * waits the connection's short busy timeout (200 ms, open-database.ts) and then fails; with it, it waits for the
 * import (a second or two for a 5 MB pack) and succeeds. Reads never wait: WAL serves them the old content until the
 * commit. The visit log needs none of this: it queues what it cannot write.
 */
export function writesWaitForImports(handlers: KioskHandlers, importDone: () => Promise<void>): KioskHandlers {
  const gated = { ...handlers } as Record<CallName, (request: never, from: never) => unknown>;
  for (const [call, effect] of Object.entries(CALL_EFFECTS) as Array<[CallName, string]>) {
    if (effect !== 'write' || PACK_CALLS.has(call)) continue;
    const handler = gated[call];
    gated[call] = async (request, from) => {
      await importDone();
      return handler(request, from);
    };
  }
  return gated as unknown as KioskHandlers;
}
