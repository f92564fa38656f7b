import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the packaged app (app.asar and app.asar.unpacked, as tests/package/packaged-files.ts reads them from a
 * real electron-builder run) may and must hold (issue 18, "Size"; audit F2). Kept apart from the packing so
 * the rules are tested on their own, in milliseconds (tests/unit/package/package-rules.test.ts).
 */
export interface PackedFile {
  /** Inside the app, as `npx asar list` prints it but without the leading slash: dist/renderer/index.html. */
  path: string;
  bytes: number;
  /** In app.asar.unpacked beside the archive (native modules, executables), not inside app.asar. */
  unpacked: boolean;
}

export interface PackedSet {
  files: PackedFile[];
  /** The size of app.asar itself (its header included). */
  asarBytes: number;
  /** Everything under app.asar.unpacked. */
  unpackedBytes: number;
}

/** The installer payload budget (issue 18): app.asar plus the unpacked files. */
export const PAYLOAD_BUDGET_MB = 60;

const MB = 1024 * 1024;
export const payloadMB = (p: PackedSet): number => (p.asarBytes + p.unpackedBytes) / MB;

/** The package name a path inside node_modules belongs to: node_modules/@scope/name/… → @scope/name. */
export function packageOf(path: string): string | undefined {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return m?.[1];
}

/** What the package.json and the lockfile say about which packages are production ones. */
export interface DependencyFacts {
  /** Every package the lockfile installs for production (`dev` is not true): direct and transitive. */
  production: ReadonlySet<string>;
}

export function readDependencyFacts(root: string): DependencyFacts {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  const production = new Set<string>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    // Top-level installs only: a nested copy (node_modules/a/node_modules/b) goes where its parent goes.
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(key);
    if (m?.[1] && entry.dev !== true && entry.devOptional !== true) production.add(m[1]);
  }
  return { production };
}

/** Files the packaged app must have to start and to print. */
export const REQUIRED_FILES = [
  'package.json',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  // Content packs (issue 19): the import's worker thread.
  'dist/electron/pack-import-worker.cjs',
  'dist/renderer/index.html',
  'dist/renderer/print.html',
  'content/questions.yaml',
  'node_modules/better-sqlite3/package.json',
  'node_modules/pdf-to-printer/package.json',
];

/**
 * Why a packaged file set for Linux is wrong, one line each; empty when it is right. Checked: the budget,
 * the files the app needs, and none of the dead weight of audit F2 (sources, source maps, .woff beside
 * .woff2, devDependencies, other platforms' and architectures' prebuilt binaries, and Windows executables).
 */
export function packageProblems(packed: PackedSet, deps: DependencyFacts): string[] {
  const problems: string[] = [];
  const mb = payloadMB(packed);
  if (mb > PAYLOAD_BUDGET_MB) problems.push(`app.asar + unpacked is ${mb.toFixed(1)} MB, over ${PAYLOAD_BUDGET_MB} MB`);
  const paths = new Set(packed.files.map((f) => f.path));
  for (const required of REQUIRED_FILES) if (!paths.has(required)) problems.push(`${required} is missing`);
  if (!packed.files.some((f) => /^electron\/core\/db\/migrations\/.+\.sql$/.test(f.path))) {
    problems.push('the database migrations are missing');
  }
  const native = packed.files.find((f) => f.path === 'node_modules/better-sqlite3/prebuilds/linux-x64.node');
  if (!native?.unpacked) problems.push("better-sqlite3's linux-x64.node is not in app.asar.unpacked");

  const rules: Array<[RegExp, string]> = [
    [/\.(ts|tsx|mts|cts)$/, 'a TypeScript source'],
    [/\.map$/, 'a source map'],
    [/\.woff$/, 'a .woff font (Chromium loads the .woff2)'],
    [/\.(exe|dll)$/, 'a Windows executable'],
    // Packed for Linux x64 (packaged-files.ts): the one binary that machine loads, none of the other seven.
    [/(^|\/)prebuilds\/(?!linux-x64\.node$)[^/]+$/, "another platform's prebuilt binary"],
  ];
  const bad = new Map<string, string[]>();
  for (const { path } of packed.files) {
    for (const [pattern, what] of rules) {
      if (pattern.test(path)) bad.set(what, [...(bad.get(what) ?? []), path]);
    }
    const pkg = packageOf(path);
    if (pkg && !deps.production.has(pkg)) bad.set('a devDependency', [...(bad.get('a devDependency') ?? []), path]);
    // Only what the app loads: the built output, the content, the migrations, package.json, node_modules.
    if (!/^(dist\/|content\/|electron\/core\/db\/migrations\/|node_modules\/|package\.json$)/.test(path)) {
      bad.set('not part of the app', [...(bad.get('not part of the app') ?? []), path]);
    }
  }
  for (const [what, list] of bad) {
    problems.push(`${list.length} × ${what}, e.g. ${list.slice(0, 3).join(', ')}`);
  }
  return problems;
}

/** The largest entries, summed by their first two path segments (node_modules/@scope/name by package). */
export function largest(packed: PackedSet, count = 12): Array<{ entry: string; bytes: number }> {
  const sums = new Map<string, number>();
  for (const f of packed.files) {
    const entry = packageOf(f.path) ? `node_modules/${packageOf(f.path)}` : f.path.split('/').slice(0, 2).join('/');
    sums.set(entry, (sums.get(entry) ?? 0) + f.bytes);
  }
  return [...sums]
    .map(([entry, bytes]) => ({ entry, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
