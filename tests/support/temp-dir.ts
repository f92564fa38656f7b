import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadContent, type ContentBundle } from '../../electron/core/content/content-loader.ts';
import { createKiosk, type Kiosk, type KioskOptions } from '../../electron/core/create-core.ts';
import { copyTemplateDatabase } from './kiosk-template.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const made: string[] = [];
const opened: Kiosk[] = [];
afterEach(() => {
  for (const k of opened.splice(0)) k.close();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp folder, removed after the test. */
export function tempDir(prefix = 'safecall-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the real content folder that a test may break. */
export function copyOfContent(): string {
  const dir = join(tempDir('safecall-content-'), 'content');
  cpSync(join(REPO_ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** Rewrites a YAML content file in place, so a test can break or strip it. */
export function editYaml(file: string, edit: (data: Record<string, unknown>) => void): void {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, stringify(data));
}

/** Drops one language from every text and phone label below `value`: an untranslated draft. */
export function dropLocale(value: unknown, locale: string): void {
  if (Array.isArray(value)) value.forEach((v) => dropLocale(v, locale));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('en' in record) delete record[locale];
    else Object.values(record).forEach((v) => dropLocale(v, locale));
  }
}

export interface TestKioskOptions extends Partial<KioskOptions> {
  /** Written as the data folder's kiosk.json before the start. */
  kioskJson?: unknown;
  /**
   * A genuine first start: migrate and import into an empty folder. Implied by a `dataDir` or a
   * `contentDir`; a test about first-start behaviour (migration, import, recovery, backups) says so.
   */
  fresh?: boolean;
}

/** A cheap scrypt cost for test kiosks' staff PIN (see testKiosk). */
export const TEST_PIN_HASH_COST = { logN: 10, r: 8, p: 1 };

let realContent: ContentBundle | undefined;

/**
 * The real content, read and validated once per test file: every start reads its content source to
 * see whether it changed, and parsing 25 tutorials was most of what a start on a template copy cost.
 * Content a test edits (a `contentDir`) is read afresh at every start.
 */
function loadRealContent(contentDir: string): ContentBundle {
  if (contentDir !== join(REPO_ROOT, 'content')) return loadContent(contentDir);
  realContent ??= loadContent(contentDir);
  return realContent;
}

/**
 * A kiosk on a real SQLite file in a temp data folder, closed after the test. Unless the test gives its
 * own data folder or content, or asks for a fresh start, the folder starts with a copy of a template
 * database already migrated and holding the real content (kiosk-template.ts).
 */
export function testKiosk(options: TestKioskOptions = {}): Kiosk & { dataDir: string } {
  const { kioskJson, fresh, ...kioskOptions } = options;
  const dataDir = options.dataDir ?? tempDir('safecall-data-');
  if (kioskJson !== undefined) writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify(kioskJson));
  if (!fresh && options.dataDir === undefined && options.contentDir === undefined)
    copyTemplateDatabase(REPO_ROOT, dataDir, kioskJson);
  const kiosk = createKiosk({
    appRoot: REPO_ROOT,
    loadContent: loadRealContent,
    // The staff PIN's scrypt at 2^10 rather than 2^17: the same code, milliseconds instead of most of a
    // second per sign-in. tests/integration/staff proves the kiosk's own cost on a kiosk started without it.
    pinHashCost: TEST_PIN_HASH_COST,
    ...kioskOptions,
    dataDir,
    warn: options.warn ?? (() => {}),
  });
  opened.push(kiosk);
  return Object.assign(kiosk, { dataDir });
}

// The one "unwrap a call" helper lives beside the others that vitest and Playwright share.
export { call } from './unwrap.ts';
