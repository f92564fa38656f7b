import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentPackChanges } from '../shared/content-pack-schema.ts';
import { createKiosk, StartupError } from '../electron/core/create-core.ts';
import { configuredDataDir, defaultDataDir } from '../electron/core/data-dir.ts';
import { fromWhereTyped } from './typed-args.ts';

/**
 * `npm run content:import -- <pack file> [--allow-older]`: installs a content pack on this machine's kiosk (the data
 * folder SAFECALL_DATA_DIR names, or the kiosk's usual one) with the same proof, check and apply as the staff page's
 * Content updates (issue 19). The pack's key must already be trusted there (shipped in the app, or added by staff).
 * It opens the kiosk's database itself, so the kiosk must be stopped: a running kiosk and this script would each
 * apply and sweep the content-packs folder without knowing of the other.
 */
const USAGE = 'Usage: npm run content:import -- safecall-content-vN.scpack [--allow-older]';
const ROOT = resolve(import.meta.dirname, '..');
const CALLER = 'script:content-import';

function describe(changes: ContentPackChanges): string[] {
  const line = (label: string, items: string[]) => (items.length > 0 ? [`  ${label}: ${items.join(', ')}`] : []);
  return [
    ...line(
      'new guides',
      changes.added.map((g) => g.id),
    ),
    ...line(
      'changed guides',
      changes.changed.map((g) => g.id),
    ),
    ...line(
      'guides taken out',
      changes.removed.map((g) => g.id),
    ),
    ...line('other content changed', changes.otherFiles),
    ...line('new languages', changes.localesAdded),
    ...line('languages taken out', changes.localesRemoved),
  ];
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { 'allow-older': { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) {
    console.error(`Name one pack file.\n${USAGE}`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(fromWhereTyped(file));
  } catch (error) {
    console.error(`The pack ${file} cannot be read: ${(error as Error).message}`);
    return 1;
  }
  const dataDir = configuredDataDir() ?? defaultDataDir();
  let kiosk;
  try {
    kiosk = createKiosk({ dataDir, appRoot: ROOT, warn: (m) => console.warn(m) });
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    console.error(`The kiosk in ${dataDir} cannot be opened: ${error.message}`);
    return 1;
  }
  try {
    const opened = await kiosk.contentPacks.open(CALLER, bytes);
    if (opened.outcome !== 'ready') {
      console.error(`Not installed: ${opened.outcome === 'refused' ? opened.message : 'no pack'}`);
      return 1;
    }
    const applied = await kiosk.contentPacks.apply(CALLER, opened.ticket, args.values['allow-older']);
    if (applied.outcome === 'refused') {
      console.error(`Not installed: ${applied.message}${applied.reason === 'older' ? ' (add --allow-older)' : ''}`);
      return 1;
    }
    console.log(`Content revision ${applied.status.current.revision} installed in ${dataDir}.`);
    for (const line of describe(applied.changes)) console.log(line);
    return 0;
  } finally {
    kiosk.close();
  }
}

process.exitCode = await main();
