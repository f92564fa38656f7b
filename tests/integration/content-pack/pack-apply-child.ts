/**
 * A kiosk core applying content packs, for pack-apply-kill.test.ts to kill with SIGKILL. Arguments: the data
 * folder, the trusted public key line, where to stop (an apply phase, where it waits forever after saying
 * `at <phase>`, or `loop`, applying the packs one after another until killed), and the pack files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKiosk } from '../../../electron/core/create-core.ts';
import type { ApplyPhase } from '../../../electron/core/content-pack/pack-apply.ts';
import { signInStaff, staffCall } from '../../support/staff.ts';

const [dataDir, publicKey, stopAt, ...packs] = process.argv.slice(2);
if (!dataDir || !publicKey || !stopAt || packs.length === 0)
  throw new Error('usage: pack-apply-child.ts <data dir> <public key> <phase|loop> <pack>...');

const kiosk = createKiosk({
  dataDir,
  appRoot: join(import.meta.dirname, '..', '..', '..'),
  // temp-dir.ts's TEST_PIN_HASH_COST, not imported: that file needs vitest, which a child process has not.
  pinHashCost: { logN: 10, r: 8, p: 1 },
  warn: () => {},
  onPackApplyPhase: (phase: ApplyPhase) => {
    if (phase !== stopAt) return;
    process.stdout.write(`at ${phase}\n`);
    // Stops right here, inside the apply (inside its transaction for imported_not_committed), until killed.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
});
// The staff page's upload (content-packs.ts has the same; it is not imported for the same reason as above).
const upload = (bytes: Uint8Array) => ({
  upload: { name: 'pack.scpack', base64: Buffer.from(bytes).toString('base64') },
});
await signInStaff(kiosk);
await staffCall(kiosk, 'addContentPackKey', { publicKey, confirm: true });
process.stdout.write('ready\n');
for (let round = 0; round < (stopAt === 'loop' ? 1000 : 1); round++) {
  for (const file of packs) {
    const opened = await staffCall<{ outcome: string; ticket: string }>(
      kiosk,
      'openContentPack',
      upload(readFileSync(file)),
    );
    if (opened.outcome !== 'ready') throw new Error(JSON.stringify(opened));
    const applied = await staffCall<{ outcome: string }>(kiosk, 'applyContentPack', {
      ticket: opened.ticket,
      allowOlder: true,
    });
    process.stdout.write(`${applied.outcome} ${file}\n`);
  }
}
