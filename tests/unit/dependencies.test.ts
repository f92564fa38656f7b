import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_EXTERNALS } from '../../scripts/build-electron.ts';
import { REPO_ROOT } from '../support/temp-dir.ts';

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, Partial<Manifest> & { version?: string; dev?: boolean }>;
};

describe('dependencies (audit L9)', () => {
  it('pin every package to one exact version, the one the lockfile installs', () => {
    for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
    }
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(pkg.devDependencies);
  });

  it('keep renderer-only packages out of the production tree that electron-builder packs into app.asar', () => {
    // Vite bundles these into dist/renderer; the Electron main process and the core never import them.
    for (const name of [
      'react',
      'react-dom',
      'react-i18next',
      'i18next',
      'i18next-icu',
      'qrcode',
      'yargs',
      '@fontsource/noto-sans',
    ]) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
      expect(lock.packages[`node_modules/${name}`]?.dev, name).toBe(true);
    }
  });

  it('hold as production dependencies exactly what the packaged main process requires at run time', () => {
    // esbuild bundles everything else into dist/electron/main.cjs (zod, yaml, sirv, raw-body included), and
    // electron-builder packs every production dependency into app.asar whether it is loaded or not (audit F2).
    expect(Object.keys(pkg.dependencies).sort()).toEqual(MAIN_EXTERNALS.filter((name) => name !== 'electron').sort());
  });
});
