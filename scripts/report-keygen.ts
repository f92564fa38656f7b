import { KeyFileRefused, writeReportKey } from '../electron/core/reports/report-key-file.ts';
import { keyFolderArg } from './typed-args.ts';

/**
 * `npm run report:keygen -- --out DIR`: the centre's report key. The private half stays with whoever
 * merges the kiosks' exports (DIR/safecall-report-key.pem); the public line goes into every kiosk's
 * kiosk.json, so their exports carry exact counts only that person can open. See README.
 */
const USAGE = 'Usage: npm run report:keygen -- --out DIR';

function main(): number {
  const out = keyFolderArg(USAGE);
  if (!out) return 1;
  try {
    const { file, publicKey } = writeReportKey(out);
    console.log(
      `Private key written to ${file} (readable by you only). Keep it safe: without it no export's exact counts can be opened.`,
    );
    console.log("Put this in every kiosk's kiosk.json, then restart the kiosks:");
    console.log(`  "reports": { "sealingKey": "${publicKey}" }`);
    return 0;
  } catch (error) {
    if (!(error instanceof KeyFileRefused)) throw error;
    console.error(`No key was written. ${error.message}`);
    return 1;
  }
}

process.exitCode = main();
