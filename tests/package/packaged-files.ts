import { listPackage, statFile } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PackedSet } from './package-rules.ts';

/**
 * The packaged file set, as electron-builder itself makes it (issue 18, "Size"; audit F2): a real
 * `electron-builder --dir` for Linux x64 from electron-builder.yml, so its own file matching, its own
 * production-dependency collection and its own asar/asarUnpack split decide what lands, not a glob
 * written here. The Electron binary cannot be downloaded offline, so the run is handed a fake unpacked
 * Electron (an empty `electron` file: electronDist takes any folder as one) and the fuses are left off
 * (they patch the real binary). Everything else is the configuration `npm run package` uses.
 *
 * Needs `npm run build` first (dist/electron, dist/renderer).
 */
export const REPO = resolve(import.meta.dirname, '..', '..');

export interface Packed extends PackedSet {
  /** How long electron-builder took. */
  seconds: number;
}

/** Runs electron-builder --dir into `outDir` (emptied first) and lists what it packed. */
export async function packDir(outDir: string): Promise<Packed> {
  for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(REPO, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  rmSync(outDir, { recursive: true, force: true });
  const fakeElectron = join(outDir, 'fake-electron');
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
  writeFileSync(join(fakeElectron, 'electron'), '');
  chmodSync(join(fakeElectron, 'electron'), 0o755);

  const started = performance.now();
  // electron-builder finds and loads electron-builder.yml itself, as `npm run package` does; these only
  // override it, as `-c.electronDist=… -c.electronFuses=null` would on the command line.
  await build({
    projectDir: REPO,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      electronDist: fakeElectron,
      electronFuses: null,
      directories: { output: join(outDir, 'release') },
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return { ...readPacked(join(outDir, 'release', 'linux-unpacked', 'resources')), seconds };
}

/** Lists app.asar (with @electron/asar, as `npx asar list` does) and app.asar.unpacked in a resources folder. */
export function readPacked(resources: string): PackedSet {
  const archive = join(resources, 'app.asar');
  const files: PackedSet['files'] = [];
  for (const entry of listPackage(archive, { isPack: false })) {
    const path = entry.replace(/^[/\\]/, '').replaceAll('\\', '/');
    const stat = statFile(archive, path, false);
    if (!('size' in stat)) continue; // a folder or a link
    // An unpacked file is listed in the archive's header with its real size, and stored beside it.
    files.push({ path, bytes: stat.size, unpacked: 'unpacked' in stat && stat.unpacked === true });
  }
  const unpackedDir = join(resources, 'app.asar.unpacked');
  let unpackedBytes = 0;
  for (const file of walk(unpackedDir)) unpackedBytes += statSync(file).size;
  return { files, asarBytes: statSync(archive).size, unpackedBytes };
}

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
