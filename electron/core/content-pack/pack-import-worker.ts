/**
 * A content pack's long work, on a worker thread (issue 19: the kiosk keeps serving visitors throughout): proving and
 * checking a pack (`check`), and the one transaction of its apply or of a rollback (`import`), on the worker's own
 * connection to the database. WAL lets the main thread's connection go on reading the old content while this one
 * writes; the new content appears to it at the commit, whole. Checking and compiling a 5 MB pack holds a thread for
 * seconds: here it is not the thread that answers visitors.
 *
 * Started by pack-worker-run.ts; from the app's bundle as dist/electron/pack-import-worker.cjs, from source as this
 * file.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { importContent } from '../content/content-import.ts';
import { loadContent } from '../content/content-loader.ts';
import { openDatabase } from '../db/open-database.ts';
import { createContentSourceRepository } from './content-source.repository.ts';
import { preparePack } from './pack-apply.ts';
import { packPublicKey } from './pack-keys.ts';
import { PackRefused } from './pack-read.ts';
import type { CheckJob, ImportJob, WorkerReply } from './pack-worker-run.ts';

const job = workerData as CheckJob | ImportJob;
const reply = (message: WorkerReply) => parentPort?.postMessage(message);

/** Tests only: says where it is and waits for the main thread's word to go on (the kill test stops it there). */
function phase(job: ImportJob, name: 'imported_not_committed'): void {
  if (!job.pause) return;
  reply({ phase: name });
  Atomics.wait(new Int32Array(job.pause), 0, 0);
}

function readPackFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new PackRefused(
      'corrupt',
      `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): copy it again, or try another stick.`,
    );
  }
}

/** Proves, unpacks and checks a pack (pack-apply.ts preparePack): the prepared pack, or why it is refused. */
async function check(job: CheckJob): Promise<void> {
  try {
    const prepared = await preparePack('file' in job ? readPackFile(job.file) : job.bytes, job.ticket, {
      trustedKeys: job.trustedKeys.map(packPublicKey),
      appVersion: job.appVersion,
      dataDir: job.dataDir,
      today: new Date(job.today),
    });
    reply({ prepared });
  } catch (error) {
    if (!(error instanceof PackRefused)) throw error;
    reply({ refused: { reason: error.reason, message: error.message } });
  }
}

function importContentOf(job: ImportJob): void {
  const bundle = loadContent(job.contentDir);
  const db = openDatabase(job.dbFile, job.migrationsDir);
  try {
    // Tests only: a database that cannot grow by a page, as on a full disk.
    if (job.pinPages) db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    db.transaction(() => {
      importContent(db, bundle, job.region);
      phase(job, 'imported_not_committed');
      createContentSourceRepository(db).set(job.next, job.previous);
    })();
  } finally {
    db.close();
  }
  reply({ done: true });
}

// No top-level await: the app's bundle of this file is CommonJS.
(job.kind === 'check' ? check(job) : Promise.resolve().then(() => importContentOf(job))).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  reply({
    failed: {
      code: typeof code === 'string' ? code : undefined,
      message: (error as Error).message,
      name: (error as Error).name,
    },
  });
});
