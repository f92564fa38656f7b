import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
      '@fontsource-variable/noto-sans',
    ]) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
      expect(lock.packages[`node_modules/${name}`]?.dev, name).toBe(true);
    }
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['better-sqlite3', 'pdf-to-printer', 'zod', 'yaml']),
    );
  });
});
