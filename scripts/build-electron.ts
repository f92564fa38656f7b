import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/**
 * Bundles the Electron main process and the preload into dist/electron/. Both are CommonJS: Electron's
 * main loads either, but a sandboxed preload can only be CommonJS. CommonJS output has no
 * import.meta.url, so using it in bundled code is an error here rather than a silent empty value at
 * run time (the core is handed appRoot instead).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_OUTDIR = join(root, 'dist', 'electron');

/**
 * What main.cjs leaves to require() at run time. better-sqlite3 loads a native .node file, and pdf-to-printer
 * runs the SumatraPDF.exe next to its own bundle (found through its __dirname): both stay real packages,
 * unpacked from asar. Everything else main.cjs uses is bundled into it, so package.json's `dependencies`
 * (what electron-builder packs) are exactly these, less Electron itself (tests/unit/dependencies.test.ts).
 */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'pdf-to-printer'];

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'error' },
  legalComments: 'none',
};

/** Writes main.cjs, preload.cjs and pack-import-worker.cjs (and their maps) to outdir, which is emptied first. */
export async function buildElectron(outdir: string = DEFAULT_OUTDIR): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: join(outdir, 'main.cjs'),
      platform: 'node',
      target: 'node24',
      external: MAIN_EXTERNALS,
      // The lazy import('pdf-to-printer') (Windows only) becomes a plain require(): the package is
      // CommonJS, and require() is the loader Electron resolves inside asar like every other package.
      supported: { 'dynamic-import': false },
    }),
    // Content packs (issue 19): the import's own thread, started by the core with the path Electron's main gives it
    // (PACK_WORKER_BUNDLE). It needs what main.cjs needs; better-sqlite3 stays a real package for it too.
    build({
      ...common,
      entryPoints: ['electron/core/content-pack/pack-import-worker.ts'],
      outfile: join(outdir, 'pack-import-worker.cjs'),
      platform: 'node',
      target: 'node24',
      external: MAIN_EXTERNALS,
    }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: join(outdir, 'preload.cjs'),
      // A sandboxed preload runs in the page's renderer with a browser-like global scope and a require()
      // that knows only 'electron' and a few polyfills, so it is built for Electron 45's Chromium.
      platform: 'browser',
      target: 'chrome156',
      external: ['electron'],
    }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildElectron();
  console.log('Built dist/electron/main.cjs, preload.cjs and pack-import-worker.cjs');
}
