import { join } from 'node:path';
import { writeNewPrivateFile } from '../private-files.ts';
import { generateReportKeyPair } from './export-seal.ts';

/** The centre's private report key, kept by whoever merges the kiosks' exports; never on a kiosk. */
export const REPORT_KEY_FILE = 'safecall-report-key.pem';

export class KeyFileRefused extends Error {
  override name = 'KeyFileRefused';
}

/**
 * `npm run report:keygen`: a new key pair. The private half goes into `outDir` readable by its owner
 * only, and never over an existing key (the exports sealed to it could no longer be opened). The public
 * half is returned for kiosk.json's reports.sealingKey.
 */
export function writeReportKey(outDir: string): { file: string; publicKey: string } {
  const file = join(outDir, REPORT_KEY_FILE);
  const pair = generateReportKeyPair();
  if (!writeNewPrivateFile(file, pair.privateKeyPem))
    throw new KeyFileRefused(
      `${file} already exists: a new key would leave every export sealed to the old one unreadable. Keep it, or move it away first.`,
    );
  return { file, publicKey: pair.publicKey };
}
