import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { parse, stringify } from 'yaml';
import { createKiosk, type Kiosk, type KioskOptions } from '../../electron/core/kiosk.ts';

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

/** A kiosk on a real SQLite file in a temp data folder, closed after the test. */
export function testKiosk(options: Partial<KioskOptions> & { kioskJson?: unknown } = {}): Kiosk & { dataDir: string } {
  const dataDir = options.dataDir ?? tempDir('safecall-data-');
  if (options.kioskJson !== undefined) writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify(options.kioskJson));
  const kiosk = createKiosk({ appRoot: REPO_ROOT, ...options, dataDir, warn: options.warn ?? (() => {}) });
  opened.push(kiosk);
  return Object.assign(kiosk, { dataDir });
}

// The one "unwrap a call" helper lives beside the others that vitest and Playwright share.
export { call } from './unwrap.ts';
