import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKiosk } from '../../electron/core/create-core.ts';
import { generatePackKeyPair, packPrivateKey } from '../../electron/core/content-pack/pack-keys.ts';
import { buildPack } from '../../electron/core/content-pack/pack-write.ts';
import { median, report, SMOKE, samples } from './figures.ts';

/**
 * Importing a content pack (issue 19): a pack of about 5 MB (today's tutorials copied until the pack file is that
 * big), proven and checked (openContentPack's work), then applied (backup and one transaction), on a kiosk that
 * serves the app's own content. While it runs, a visitor's call falls due every 20 ms, and the longest one waited
 * (from when it was due to its answer) is reported: the import yields between its long steps, but its one
 * transaction holds the thread, and a page's call made meanwhile waits for it (never fails, never sees a mix).
 * Context figures: the issue sets no budget. The smoke run imports a pack of today's content once.
 */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'safecall-bench-pack-'));
const TARGET_BYTES = 5 * 1024 * 1024;
const { privateKeyPem, publicKey } = generatePackKeyPair();
const signer = packPrivateKey(privateKeyPem);
const keysDir = join(scratch, 'keys');
mkdirSync(keysDir);
writeFileSync(join(keysDir, 'bench.pub'), `${publicKey}\n`);

/** Today's content at `revision`, each tutorial with `copies` more copies under new ids. */
function contentWith(copies: number, revision: number): string {
  const dir = join(scratch, `content-${copies}-${revision}`);
  cpSync(join(appRoot, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, 'revision.yaml'), `revision: ${revision}\n`);
  const tutorials = join(dir, 'tutorials');
  for (const file of readdirSync(tutorials)) {
    const id = file.replace(/\.yaml$/, '');
    const text = readFileSync(join(tutorials, file), 'utf8');
    for (let n = 1; n <= copies; n++)
      writeFileSync(join(tutorials, `${id}-copy-${n}.yaml`), text.replace(`id: ${id}`, `id: ${id}-copy-${n}`));
  }
  return dir;
}
const pack = (copies: number, revision: number) =>
  buildPack(contentWith(copies, revision), signer, { minAppVersion: '0.1.0' });

// How many copies make a 5 MB pack: each copy adds about the same to the zip (it compresses each file alone), so
// one trial pack says how much.
const one = pack(0, 2);
const trialCopies = Math.ceil(TARGET_BYTES / one.byteLength);
const perCopy = SMOKE ? 1 : (pack(trialCopies, 2).byteLength - one.byteLength) / trialCopies;
const copies = SMOKE ? 0 : Math.ceil((TARGET_BYTES - one.byteLength) / perCopy);
const RUNS = samples(3, 1);
const packs = Array.from({ length: RUNS }, (_, i) => (i === 0 && copies === 0 ? one : pack(copies, i + 2)));
const megabytes = packs[0]!.byteLength / 1024 / 1024;
const tutorials = readdirSync(join(scratch, `content-${copies}-2`, 'tutorials')).length;

const checks: number[] = [];
const applies: number[] = [];
const waits: number[] = [];
for (const [i, bytes] of packs.entries()) {
  const kiosk = createKiosk({ dataDir: join(scratch, `data-${i}`), appRoot, appKeysDir: keysDir, warn: () => {} });
  // A visitor's call due every 20 ms for as long as the import runs, each timed from when it was due: one due while
  // the import holds the thread is made late, and that lateness is the visitor's wait.
  let longest = 0;
  const started = performance.now();
  let due = 0;
  const answers: Array<Promise<unknown>> = [];
  const visitor = setInterval(() => {
    const dueAt = started + ++due * 20;
    answers.push(
      kiosk
        .dispatch('listTutorials', { locale: 'zh-Hant' }, { caller: 'page:visitor', token: undefined })
        .then(() => (longest = Math.max(longest, performance.now() - dueAt))),
    );
    // A stall swallows the calls due during it: they are counted as made when the thread came back.
    due = Math.max(due, Math.floor((performance.now() - started) / 20));
  }, 20);
  let t0 = performance.now();
  const opened = await kiosk.contentPacks.open('bench', bytes);
  checks.push(performance.now() - t0);
  if (opened.outcome !== 'ready') throw new Error(`the bench pack was refused: ${JSON.stringify(opened)}`);
  // Staff read what the pack changes before they tap Install.
  await new Promise((r) => setTimeout(r, 100));
  t0 = performance.now();
  const applied = await kiosk.contentPacks.apply('bench', opened.ticket, true);
  applies.push(performance.now() - t0);
  if (applied.outcome !== 'applied') throw new Error(`the bench pack was not applied: ${JSON.stringify(applied)}`);
  await new Promise((r) => setTimeout(r, 30));
  clearInterval(visitor);
  await Promise.all(answers);
  waits.push(longest);
  kiosk.close();
}
const what = `a ${megabytes.toFixed(1)} MB pack (${tutorials} tutorials)`;
report(`content pack import, ${what}: prove and check, median of ${checks.length}`, median(checks), 'ms');
report(
  `content pack import, ${what}: apply (backup, one transaction), median of ${applies.length}`,
  median(applies),
  'ms',
);
report(
  `content pack import, ${what}: whole, median of ${checks.length}`,
  median(checks.map((c, i) => c + (applies[i] ?? 0))),
  'ms',
);
report(
  `content pack import, ${what}: longest a visitor's call waited meanwhile, median of ${waits.length}`,
  median(waits),
  'ms',
);
rmSync(scratch, { recursive: true, force: true });
