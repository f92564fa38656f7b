import type { KioskHandlers } from '../../../shared/api.ts';
import { CALL_EFFECTS } from '../../../shared/call-effects.ts';
import type { CallName } from '../../../shared/calls.ts';

/**
 * Calls that must not wait at this gate: applying and going back run the imports themselves (one at a time,
 * content-packs.service.ts); opening a pack writes only its staging folder, on the worker.
 */
const IMPORTING_CALLS: ReadonlySet<CallName> = new Set(['openContentPack', 'applyContentPack', 'rollBackContent']);

/**
 * Keeps a content pack's transaction (on its worker, with its own connection) and the main connection's writes
 * apart (issue 19). Without it, a write made during an import (starting a visit, saving a plan, a PIN's lock)
 * waits the connection's short busy timeout (200 ms, open-database.ts) and then fails. With it:
 * - a write call that starts during an import waits for the import to end (a second or two for a 5 MB pack);
 * - an import waits for the write calls already under way (a staff sign-in hashing its PIN before it writes).
 * Reads never wait: WAL serves them the old content until the commit. The visit log needs none of this: it
 * queues what it cannot write.
 */
export function createWriteGate() {
  /** The import waiting for the writes under way, or running; undefined when none. */
  let importing: Promise<unknown> | undefined;
  let writing = 0;
  let drained: (() => void) | undefined;
  const gate = {
    /**
     * Runs a write call at once when no import waits or runs, counted until it ends; otherwise after the import.
     * Counted from the call itself, not a turn later: an import asked for meanwhile waits for it.
     */
    write<T>(run: () => T | Promise<T>): Promise<T> {
      const waitFor = importing;
      if (waitFor)
        return waitFor.then(
          () => gate.write(run),
          () => gate.write(run),
        );
      writing += 1;
      let result: Promise<T>;
      try {
        result = Promise.resolve(run());
      } catch (error) {
        result = Promise.reject(error as Error);
      }
      return result.finally(() => {
        writing -= 1;
        if (writing > 0) return;
        const done = drained;
        drained = undefined;
        done?.();
      });
    },
    /** Runs an import once the write calls under way are done; write calls made meanwhile wait for it. */
    import<T>(run: () => Promise<T>): Promise<T> {
      const idle = writing === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
      const running = idle.then(run);
      importing = running;
      const clear = () => {
        if (importing === running) importing = undefined;
      };
      running.then(clear, clear);
      return running;
    },
  };
  return gate;
}
export type WriteGate = ReturnType<typeof createWriteGate>;

/** Every call that writes (CALL_EFFECTS), except the importing ones, through the gate. */
export function gateWrites(handlers: KioskHandlers, gate: WriteGate): KioskHandlers {
  const gated = { ...handlers } as Record<CallName, (request: never, from: never) => unknown>;
  for (const [call, effect] of Object.entries(CALL_EFFECTS) as Array<[CallName, string]>) {
    if (effect !== 'write' || IMPORTING_CALLS.has(call)) continue;
    const handler = gated[call];
    gated[call] = (request, from) => gate.write(() => handler(request, from));
  }
  return gated as unknown as KioskHandlers;
}
