import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../electron/core/content/content-loader.ts';
import { readRevision, REVISION_FILE } from '../electron/core/content/content-revision.ts';
import { PackKeyError, packPrivateKey } from '../electron/core/content-pack/pack-keys.ts';
import { buildPack } from '../electron/core/content-pack/pack-write.ts';
import { fromWhereTyped } from './typed-args.ts';

/**
 * `npm run content:pack -- --key FILE [--out FILE] [--min-app-version X.Y.Z]`: the repository's content/ as
 * one signed pack for USB sticks (issue 19), its version content/revision.yaml's. The content passes the
 * kiosk's own check first.
 */
const USAGE = 'Usage: npm run content:pack -- --key safecall-content-key.pem [--out FILE] [--min-app-version X.Y.Z]';
const ROOT = resolve(import.meta.dirname, '..');

function main(): number {
  let values: { key?: string; out?: string; 'min-app-version'?: string };
  try {
    values = parseArgs({
      options: {
        key: { type: 'string' },
        out: { type: 'string' },
        'min-app-version': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (!values.key) {
    console.error(`Name the signing key.\n${USAGE}`);
    return 1;
  }
  const contentDir = join(ROOT, 'content');
  const version = readRevision(contentDir);
  if (version === undefined) {
    console.error(`No pack was made: ${join(contentDir, REVISION_FILE)} is missing or holds no revision number.`);
    return 1;
  }
  const appVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const out = fromWhereTyped(values.out ?? `safecall-content-v${version}.scpack`);
  let pem: string;
  try {
    pem = readFileSync(fromWhereTyped(values.key), 'utf8');
  } catch (error) {
    console.error(`The key ${values.key} cannot be read: ${(error as Error).message}`);
    return 1;
  }
  try {
    const pack = buildPack(contentDir, packPrivateKey(pem), {
      minAppVersion: values['min-app-version'] ?? appVersion,
    });
    writeFileSync(out, pack, { flag: 'wx' });
    console.log(`Content pack of revision ${version} written to ${out} (${(pack.byteLength / 1024).toFixed(0)} KB).`);
    return 0;
  } catch (error) {
    if (error instanceof PackKeyError) console.error(`${values.key} ${error.message}`);
    else if (error instanceof ContentError) console.error(`No pack was made. ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      console.error(`${out} already exists: name another --out, or move it away.`);
    else throw error;
    return 1;
  }
}

process.exitCode = main();
