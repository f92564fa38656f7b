import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  largest,
  packageProblems,
  PAYLOAD_BUDGET_MB,
  payloadMB,
  readDependencyFacts,
} from '../package/package-rules.ts';
import { packDir, REPO } from '../package/packaged-files.ts';
import { report } from './figures.ts';

/**
 * `npm run bench` part "size" (issue 18): what a visitor's first screen downloads and what the installer
 * carries. Sizes do not depend on the machine's load, so a smoke run measures them exactly as a full run
 * does; only the judging of budgets waits for a full run (figures.ts).
 *
 * The packaged file set is electron-builder's own (tests/package/packaged-files.ts): when it holds what the
 * kiosk must never ship (sources, maps, .woff, devDependencies, other platforms' binaries) or lacks what it
 * needs, this part fails, in a smoke run too, saying what is wrong.
 *
 * Needs `npm run build` first (`npm run bench` does it).
 */
const KB = 1024;
const MB = 1024 * 1024;
const renderer = join(REPO, 'dist', 'renderer');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The JavaScript index.html makes the browser fetch before the first paint: the entry module and the
 * chunks it modulepreloads (its static imports). Lazy chunks (reports, charts) are fetched later, on use.
 */
function entryScripts(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  return [...new Set(urls)].filter((u) => u.endsWith('.js'));
}

let html: string;
try {
  html = readFileSync(join(renderer, 'index.html'), 'utf8');
} catch {
  console.error('dist/renderer/index.html is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const entry = entryScripts(html);
if (entry.length === 0) {
  console.error('dist/renderer/index.html loads no module script: cannot measure the entry JavaScript.');
  process.exit(1);
}
let entryGz = 0;
for (const url of entry) {
  const bytes = readFileSync(join(renderer, url));
  const gz = gzipSync(bytes, { level: 9 }).length;
  entryGz += gz;
  console.log(`entry ${url}: ${(bytes.length / KB).toFixed(1)} KB, ${(gz / KB).toFixed(1)} KB gzipped`);
}
report('renderer entry JavaScript, gzipped', entryGz / KB, 'KB', 200);

const rendererFiles = filesUnder(renderer);
const fonts = rendererFiles.filter((f) => /\.woff2?$/.test(f));
const sum = (files: string[]) => files.reduce((total, f) => total + statSync(f).size, 0);
report('dist/renderer, total', sum(rendererFiles) / MB, 'MB');
report('dist/renderer, files', rendererFiles.length, 'files');
report('dist/renderer, fonts', sum(fonts) / MB, 'MB');
report('dist/renderer, .woff files (Chromium loads .woff2)', fonts.filter((f) => f.endsWith('.woff')).length, 'files');

let wrong = false;
const out = mkdtempSync(join(tmpdir(), 'safecall-bench-size-'));
try {
  const packed = await packDir(out);
  console.log(`\nelectron-builder --dir (linux x64) took ${packed.seconds.toFixed(1)} s. Largest entries:`);
  for (const { entry: name, bytes } of largest(packed))
    console.log(`${(bytes / MB).toFixed(2).padStart(8)} MB  ${name}`);
  report('installer payload: app.asar + unpacked', payloadMB(packed), 'MB', PAYLOAD_BUDGET_MB);
  report('app.asar', packed.asarBytes / MB, 'MB');
  report('app.asar.unpacked', packed.unpackedBytes / MB, 'MB');
  report('packaged files', packed.files.length, 'files');
  report('electron-builder --dir', packed.seconds * 1000, 'ms');
  const problems = packageProblems(packed, readDependencyFacts(REPO));
  if (problems.length > 0) {
    console.error(`\nThe packaged file set is wrong (electron-builder.yml, package.json dependencies):`);
    for (const p of problems) console.error(`  - ${p}`);
    wrong = true;
  }
} catch (error) {
  console.error('electron-builder --dir failed, so the packaged file set cannot be measured:', error);
  wrong = true;
} finally {
  rmSync(out, { recursive: true, force: true });
}
// process.exit, not process.exitCode: electron-builder's own exit handling would end the process with 0.
if (wrong) process.exit(1);
