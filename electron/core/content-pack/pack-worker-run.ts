import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Region } from '../../../shared/regions.ts';
import type { PackRefusalCode } from '../../../shared/content-pack-schema.ts';
import type { ContentSource } from './content-source.repository.ts';
import type { PreparedPack } from './pack-apply.ts';
import { PackRefused } from './pack-read.ts';

/** The worker's source, under the app's root: what runs from source (tests, the browser shell). */
export const PACK_WORKER_SOURCE = join('electron', 'core', 'content-pack', 'pack-import-worker.ts');
/** Its bundle, beside main.cjs (scripts/build-electron.ts): what the Electron app runs. */
export const PACK_WORKER_BUNDLE = join('dist', 'electron', 'pack-import-worker.cjs');

/** A pack to prove and check (pack-apply.ts preparePack), off the thread that answers visitors. */
export type CheckJob = {
  kind: 'check';
  ticket: string;
  /** The trusted public keys, as base64 SPKI lines (KeyObjects stay on their own thread). */
  trustedKeys: string[];
  appVersion: string;
  dataDir: string;
  /** content:check's "today", as an ISO date-time. */
  today: string;
} & (
  | { bytes: Uint8Array }
  /** Electron's dialog: a file on the stick, read here on the worker (up to 32 MB, off the visitors' thread). */
  | { file: string }
);

/** What the worker (pack-import-worker.ts) is given: everything by value, nothing shared but the pause word. */
export interface ImportJob {
  kind: 'import';
  dbFile: string;
  migrationsDir: string;
  /** The content folder to compile: a pack's, or the app's own. */
  contentDir: string;
  region: Region;
  /** The records written with it, in the same transaction. */
  next: ContentSource;
  previous: ContentSource | undefined;
  /** Tests only: the worker stops at each phase until this word is set. */
  pause?: SharedArrayBuffer;
  /** Tests only: the database cannot grow (a full disk, simulated). */
  pinPages?: boolean;
}

export type WorkerReply =
  | { done: true }
  | { prepared: PreparedPack }
  | { refused: { reason: PackRefusalCode; message: string } }
  | { phase: 'imported_not_committed' }
  | { failed: { code: string | undefined; message: string; name: string } };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The worker's failure, with SQLite's or the file system's code kept (a full disk is told apart). */
export class ImportFailed extends Error {
  readonly code: string | undefined;
  constructor(failed: { code: string | undefined; message: string; name: string }) {
    super(failed.message);
    this.name = `ImportFailed(${failed.name})`;
    this.code = failed.code;
  }
}

/**
 * Runs one import on the worker and resolves when it committed; rejects with ImportFailed when it rolled back (or
 * the worker died). `onPhase` (tests) is told each phase while the worker waits, and the worker goes on after it.
 */
export async function runImport(
  workerFile: string,
  job: Omit<ImportJob, 'pause' | 'kind'>,
  onPhase?: (phase: 'imported_not_committed') => void | Promise<void>,
): Promise<void> {
  const pause = onPhase ? new SharedArrayBuffer(4) : undefined;
  await runWorker(workerFile, { kind: 'import', ...job, ...(pause && { pause }) }, (phase) => {
    // A test may hold the worker there a while (a promise) before it goes on. Whatever the hook does, the worker
    // is let go after it: a worker left waiting would hold the write lock for good.
    let held: unknown;
    try {
      held = onPhase?.(phase);
    } catch {
      held = undefined;
    }
    void Promise.resolve(held)
      .catch(() => undefined)
      .finally(() => {
        if (!pause) return;
        Atomics.store(new Int32Array(pause), 0, 1);
        Atomics.notify(new Int32Array(pause), 0);
      });
  });
}

/** Proves, unpacks and checks a pack on the worker: the prepared pack, or the refusal (PackRefused) it met. */
export async function runCheck(workerFile: string, job: DistributiveOmit<CheckJob, 'kind'>): Promise<PreparedPack> {
  const reply = await runWorker(workerFile, { kind: 'check', ...job });
  if ('prepared' in reply) return reply.prepared;
  if ('refused' in reply) throw new PackRefused(reply.refused.reason, reply.refused.message);
  throw new Error('the check worker answered nothing');
}

/** One job on a new worker: its answer, or ImportFailed when it failed or stopped without one. */
function runWorker(
  workerFile: string,
  job: CheckJob | ImportJob,
  onPhase?: (phase: 'imported_not_committed') => void,
): Promise<Exclude<WorkerReply, { phase: unknown } | { failed: unknown }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    let settled = false;
    const settle = (run: () => void) => {
      if (settled) return;
      settled = true;
      run();
    };
    worker.on('message', (message: WorkerReply) => {
      if ('phase' in message) onPhase?.(message.phase);
      else if ('failed' in message) settle(() => reject(new ImportFailed(message.failed)));
      else settle(() => resolve(message));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new ImportFailed({ code: undefined, message: `the pack worker stopped (${code})`, name: 'Exit' })),
      ),
    );
  });
}
