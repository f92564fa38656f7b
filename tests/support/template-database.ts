import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { createKiosk, DATABASE_FILE } from '../../electron/core/create-core.ts';

/**
 * Integration tests used to build a whole kiosk per test: migrate, then compile 25 tutorials in 8
 * languages (0.5 to 1.3 s each, code review F6). A kiosk on the real content is now built once per run
 * (per kiosk.json) into a template database, and each test starts on a copy of it: the same start-up
 * a kiosk makes on its second day, which finds its content current and skips the import. The e2e
 * browser shells start the same way (tests/e2e/shell.ts). Each runner gives its own per-run folder:
 * vitest through `inject` (kiosk-template.ts), Playwright through an environment variable.
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let sourceHash: string | undefined;

/**
 * What a template was built from: the content, the core (its migrations, its compiler and
 * CONTENT_COMPILER_VERSION, its default settings) and the contract. A change to any of them (in watch
 * mode, say) gives a new key, so a stale template is never copied.
 */
function buildInputsHash(appRoot: string): string {
  if (sourceHash) return sourceHash;
  const hash = createHash('sha256');
  for (const folder of ['content', 'electron/core', 'shared']) {
    for (const file of filesUnder(join(appRoot, folder)))
      hash.update(relative(appRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  sourceHash = hash.digest('hex');
  return sourceHash;
}

function templateFile(templateDir: string, appRoot: string, kioskJson: unknown): string {
  const key = createHash('sha256')
    .update(buildInputsHash(appRoot))
    .update(JSON.stringify(kioskJson ?? null))
    .digest('hex')
    .slice(0, 32);
  return join(templateDir, `${key}.sqlite`);
}

/** Builds the template: a real first start on an empty folder, closed so the WAL is checkpointed into the file. */
function buildTemplate(appRoot: string, kioskJson: unknown, target: string): void {
  const buildDir = mkdtempSync(`${target}.build-`);
  try {
    if (kioskJson !== undefined) writeFileSync(join(buildDir, 'kiosk.json'), JSON.stringify(kioskJson));
    createKiosk({ appRoot, dataDir: buildDir, warn: () => {} }).close();
    const file = join(buildDir, DATABASE_FILE);
    // The copy takes the .sqlite file alone: anything still in a -wal file would be lost.
    if (existsSync(`${file}-wal`))
      throw new Error(`The template kiosk left ${file}-wal behind: its last close did not checkpoint.`);
    // Two workers may build the same template at once; the rename is atomic and both files are equal.
    renameSync(file, target);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/**
 * Puts a copy of the template database for this kiosk.json (`undefined`: none) into `dataDir`, building the
 * template in `templateDir` first if needed.
 */
export function copyTemplateFrom(templateDir: string, appRoot: string, dataDir: string, kioskJson: unknown): void {
  copyFileSync(buildTemplateIn(templateDir, appRoot, kioskJson), join(dataDir, DATABASE_FILE));
}

/** The template database for this kiosk.json in `templateDir`, built first if it is not there yet. */
export function buildTemplateIn(templateDir: string, appRoot: string, kioskJson: unknown): string {
  const template = templateFile(templateDir, appRoot, kioskJson);
  if (!existsSync(template)) buildTemplate(appRoot, kioskJson, template);
  return template;
}
