import { describe, expect, it } from 'vitest';
import {
  largest,
  packageOf,
  packageProblems,
  readDependencyFacts,
  REQUIRED_FILES,
  type PackedFile,
  type PackedSet,
} from '../../package/package-rules.ts';
import { REPO_ROOT } from '../../support/temp-dir.ts';

/**
 * The rules tests/bench/size.ts applies to the file set a real electron-builder run packs. The run itself
 * takes tens of seconds, so it lives in the bench; here each rule is shown to catch what it is for.
 */
const MB = 1024 * 1024;
const file = (path: string, bytes = 100, unpacked = false): PackedFile => ({ path, bytes, unpacked });

/** What electron-builder packs for Linux today, in miniature. */
const good = (): PackedSet => ({
  files: [
    ...REQUIRED_FILES.map((p) => file(p)),
    file('electron/core/db/migrations/001-initial.sql'),
    file('dist/renderer/assets/noto-sans-latin-wght-normal-abc.woff2'),
    file('node_modules/better-sqlite3/prebuilds/linux-x64.node', 2 * MB, true),
  ],
  asarBytes: 20 * MB,
  unpackedBytes: 4 * MB,
});
const deps = readDependencyFacts(REPO_ROOT);
const withFile = (...extra: PackedFile[]): PackedSet => {
  const set = good();
  return { ...set, files: [...set.files, ...extra] };
};

describe('the packaged file set', () => {
  it('passes as electron-builder packs it for Linux', () => {
    expect(packageProblems(good(), deps)).toEqual([]);
  });

  it('counts only production packages of the lockfile as allowed in node_modules', () => {
    expect(deps.production.has('better-sqlite3')).toBe(true);
    expect(deps.production.has('react')).toBe(false);
    expect(deps.production.has('zod')).toBe(false);
    expect(packageOf('node_modules/@fontsource/noto-sans/files/x.woff2')).toBe('@fontsource/noto-sans');
  });

  it.each([
    ['a TypeScript source', file('electron/main.ts')],
    ['a source map', file('dist/electron/main.cjs.map')],
    ['a .woff font', file('dist/renderer/assets/noto-sans-latin-400-normal.woff')],
    ['a devDependency', file('node_modules/react/index.js')],
    ["another platform's prebuilt binary", file('node_modules/better-sqlite3/prebuilds/win32-x64.node', 2 * MB, true)],
    ["another platform's prebuilt binary", file('node_modules/better-sqlite3/prebuilds/linuxmusl-x64.node')],
    [
      "another platform's prebuilt binary",
      file('node_modules/better-sqlite3/prebuilds/linux-arm64.node', 2 * MB, true),
    ],
    ['a Windows executable', file('node_modules/pdf-to-printer/dist/SumatraPDF-3.4.6-32.exe', 6 * MB, true)],
    ['not part of the app', file('tests/e2e/phone-pictures.e2e.ts-snapshots/a.png')],
  ])('fails on %s', (what, extra) => {
    expect(packageProblems(withFile(extra), deps).join('\n')).toContain(what);
  });

  it('fails past the 60 MB budget for app.asar plus unpacked files', () => {
    expect(packageProblems({ ...good(), asarBytes: 57 * MB }, deps).join('\n')).toMatch(/61\.0 MB, over 60 MB/);
  });

  it('fails when the app could not start: main.cjs, the migrations or the unpacked native module missing', () => {
    const set = good();
    const without = (pred: (f: PackedFile) => boolean) => ({ ...set, files: set.files.filter((f) => !pred(f)) });
    expect(
      packageProblems(
        without((f) => f.path === 'dist/electron/main.cjs'),
        deps,
      ),
    ).toContain('dist/electron/main.cjs is missing');
    expect(
      packageProblems(
        without((f) => f.path.endsWith('.sql')),
        deps,
      ),
    ).toContain('the database migrations are missing');
    const packedNative = {
      ...set,
      files: set.files.map((f) => (f.path.endsWith('linux-x64.node') ? { ...f, unpacked: false } : f)),
    };
    expect(packageProblems(packedNative, deps).join('\n')).toContain('not in app.asar.unpacked');
  });

  it('sums the largest entries by package and by folder', () => {
    expect(largest(good(), 3)).toEqual([
      { entry: 'node_modules/better-sqlite3', bytes: 2 * MB + 100 },
      // main.cjs, preload.cjs and the content pack worker; index.html, print.html and a font.
      { entry: 'dist/electron', bytes: 300 },
      { entry: 'dist/renderer', bytes: 300 },
    ]);
  });
});
