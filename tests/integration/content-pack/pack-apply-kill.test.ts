import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPackStatus } from '../../../shared/content-pack-schema.ts';
import { DATABASE_FILE, type Kiosk } from '../../../electron/core/create-core.ts';
import { call, tempDir, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';
import { contentAt, packOf, packSigner, packFolders } from '../../support/content-packs.ts';

/**
 * The process killed (SIGKILL) in the middle of applying a pack, in a real child process on a real SQLite file
 * (issue 19): afterwards the kiosk starts, and serves wholly the old content or wholly the new, with a record that
 * says which, and no folder left over from the apply that died.
 */
const signer = packSigner();
let packFiles: string[];
/** What the visitor's list shows for each content: the app's own (revision 1), revision 2 and 3. */
const LISTS = new Map<number, string>();

const listOf = async (kiosk: Kiosk) =>
  JSON.stringify(
    (
      await call<{ tutorials: Array<{ id: string; minutes: number }> }>(kiosk, 'listTutorials', { locale: 'en' })
    ).tutorials
      .map((t) => `${t.id}:${t.minutes}`)
      .sort(),
  );

beforeAll(async () => {
  // Not tempDir: that folder goes after the first test, and every test here uses the packs.
  const dir = mkdtempSync(join(tmpdir(), 'safecall-kill-packs-'));
  cleanUp = () => rmSync(dir, { recursive: true, force: true });
  packFiles = [2, 3].map((revision) => {
    const file = join(dir, `v${revision}.scpack`);
    writeFileSync(
      file,
      packOf(contentAt(tempDir(), revision, { minutes: revision + 5, addCopy: revision === 2 }), signer),
    );
    return file;
  });
  LISTS.set(1, await listOf(testKiosk()));
  for (const revision of [2, 3])
    LISTS.set(
      revision,
      await listOf(
        testKiosk({ contentDir: contentAt(tempDir(), revision, { minutes: revision + 5, addCopy: revision === 2 }) }),
      ),
    );
}, 120_000);
let cleanUp = () => {};
afterAll(() => cleanUp());

/** Starts a fresh kiosk on a new data folder (the app's content imported), closed again for the child. */
function preparedDataDir(): string {
  const dataDir = tempDir('safecall-kill-data-');
  testKiosk({ dataDir }).close();
  return dataDir;
}

/** Runs the child until it prints what `until` waits for, then kills it with SIGKILL (`delayMs` later). */
async function killChild(
  dataDir: string,
  stopAt: string,
  until: (out: string) => boolean,
  packs = packFiles,
  delayMs = 0,
): Promise<string> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'pack-apply-child.ts'), dataDir, signer.publicLine, stopAt, ...packs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  let armed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (armed || !until(out)) return;
    armed = true;
    setTimeout(() => child.kill('SIGKILL'), delayMs);
  });
  const signal = await exited;
  expect(signal, `the child ended by itself:\n${out}\n${err}`).toBe('SIGKILL');
  return out;
}

/** After the kill: an intact database, content wholly one revision, the record naming it, no stray folder. */
async function servedAfterKill(dataDir: string): Promise<number> {
  const db = new Database(join(dataDir, DATABASE_FILE));
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  const kiosk = testKiosk({ dataDir });
  const status = await staffCall<ContentPackStatus>(kiosk, 'getContentPacks', {});
  expect(await listOf(kiosk), `revision ${status.current.revision}`).toBe(LISTS.get(status.current.revision));
  const kept = [status.current.packId, status.previous?.packId].filter((id) => id !== undefined).sort();
  expect(packFolders(dataDir)).toEqual(kept);
  return status.current.revision;
}

// Each case starts a child core, applies on its workers and restarts: more than vitest's usual 30 s on a busy CI machine.
describe('a pack apply killed with SIGKILL', { timeout: 120_000 }, () => {
  it.each([
    ['after the pack folder is in place, before the database changes', 'folder_in_place', 1],
    ['inside the transaction, after the import, before the commit', 'imported_not_committed', 1],
    ['after the commit, before the old folders are swept', 'committed', 2],
  ])('%s (%s): the kiosk serves wholly revision %i', async (_name, phase, expected) => {
    const dataDir = preparedDataDir();
    await killChild(dataDir, phase, (out) => out.includes(`at ${phase}`), packFiles.slice(0, 1));
    expect(await servedAfterKill(dataDir)).toBe(expected);
  });

  it('at unplanned moments while packs are applied one after another: always one whole revision', async () => {
    for (const delayMs of [150, 400, 900]) {
      const dataDir = preparedDataDir();
      await killChild(dataDir, 'loop', (out) => out.includes('ready'), packFiles, delayMs);
      expect([1, 2, 3]).toContain(await servedAfterKill(dataDir));
    }
  });
});
