import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
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
  mkdirSync(outDir, { recursive: true });
  let fd: number;
  try {
    // 'wx': fails if the file exists, in the same step that creates it.
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new KeyFileRefused(
        `${file} already exists: a new key would leave every export sealed to the old one unreadable. Keep it, or move it away first.`,
      );
    throw error;
  }
  try {
    writeSync(fd, pair.privateKeyPem);
  } finally {
    closeSync(fd);
  }
  return { file, publicKey: pair.publicKey };
}
