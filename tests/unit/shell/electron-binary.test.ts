import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronMissingReason, findElectronBinary } from '../../../scripts/electron-binary.ts';

let projectRoot: string;
let packageDir: string;

beforeEach(async () => {
  projectRoot = await mkdtemp(join(tmpdir(), 'safecall-electron-binary-'));
  packageDir = join(projectRoot, 'node_modules', 'electron');
  await mkdir(packageDir, { recursive: true });
  // The real index.js downloads on require; this one proves it is never required.
  await writeFile(join(packageDir, 'index.js'), 'throw new Error("required electron/index.js");');
});

afterEach(async () => {
  await rm(projectRoot, { recursive: true, force: true });
});

async function installBinary(dir: string, name = 'electron') {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), '#!/bin/sh\n');
  await chmod(join(dir, name), 0o755);
}

describe('findElectronBinary', () => {
  it('returns null when the package was installed without its binary', () => {
    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBeNull();
    expect(electronMissingReason({ env: {} })).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });

  it('returns null when path.txt names a binary that is not there', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBeNull();
  });

  it('finds the binary that path.txt names under dist/', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    await installBinary(join(packageDir, 'dist'));
    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBe(join(packageDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, even without path.txt', async () => {
    const override = join(projectRoot, 'custom-electron');
    await installBinary(override, 'electron.exe');
    expect(findElectronBinary({ projectRoot, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'win32' })).toBe(
      join(override, 'electron.exe'),
    );
    expect(
      findElectronBinary({
        projectRoot,
        env: { ELECTRON_OVERRIDE_DIST_PATH: join(projectRoot, 'nowhere') },
        platform: 'win32',
      }),
    ).toBeNull();
  });

  it('reports this machine as it is without trying to download anything: a binary that exists, or none', () => {
    const found = findElectronBinary();
    expect(found === null || existsSync(found)).toBe(true);
  });
});
