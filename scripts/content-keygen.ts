import { PackKeyFileRefused, writePackKey } from '../electron/core/content-pack/pack-key-file.ts';
import { fingerprintForPeople } from '../electron/core/content-pack/pack-keys.ts';
import { keyFolderArg } from './typed-args.ts';

/**
 * `npm run content:keygen -- --out DIR`: the key that signs content packs (issue 19). The private half stays
 * with whoever builds packs (DIR/safecall-content-key.pem); kiosks trust the public line, by its fingerprint.
 */
const USAGE = 'Usage: npm run content:keygen -- --out DIR';

function main(): number {
  const out = keyFolderArg(USAGE);
  if (!out) return 1;
  try {
    const { file, publicKey, fingerprint } = writePackKey(out);
    console.log(
      `Private key written to ${file} (readable by you only). Keep it safe: it signs content for every kiosk that trusts it.`,
    );
    console.log('The public key, for the kiosks that are to trust it:');
    console.log(`  ${publicKey}`);
    console.log(`Its fingerprint (staff see this when they add it): ${fingerprintForPeople(fingerprint)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof PackKeyFileRefused)) throw error;
    console.error(`No key was written. ${error.message}`);
    return 1;
  }
}

process.exitCode = main();
