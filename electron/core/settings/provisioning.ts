import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeZodIssues } from '../../../shared/errors.ts';
import { kioskSettingsSchema, type KioskSettings } from '../../../shared/settings-schema.ts';
import { StartupError } from '../startup-error.ts';

export const PROVISIONING_FILE = 'kiosk.json';

export interface ProvisioningFile {
  file: string;
  text: string;
  /** sha256 of the file's bytes: tells whether it changed since the settings were taken from it. */
  hash: string;
}

/** Reads `kiosk.json` from the data folder; undefined when there is none. */
export function readProvisioningFile(dataDir: string): ProvisioningFile | undefined {
  const file = join(dataDir, PROVISIONING_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StartupError(`Could not read ${file}: ${(error as Error).message}`, { cause: error });
  }
  return { file, text, hash: createHash('sha256').update(text).digest('hex') };
}

/**
 * Validates a provisioning file. Not JSON, or a wrong field, stops start-up with a message naming the
 * field and what is wrong: a kiosk that silently started with the wrong region would print the wrong
 * hotlines for months.
 */
export function parseProvisioningFile({ file, text }: ProvisioningFile): KioskSettings {
  let raw: unknown;
  try {
    // Windows Notepad has long saved UTF-8 with a byte-order mark; it is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StartupError(
      `${file} is not valid JSON (${(error as Error).message}). Fix the file or remove it to use the defaults.`,
      { cause: error },
    );
  }
  // A centre that lists its languages but names no default means the first one it listed.
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const fields = raw as Record<string, unknown>;
    if (fields.defaultLocale === undefined && Array.isArray(fields.locales) && fields.locales.length > 0) {
      raw = { ...fields, defaultLocale: fields.locales[0] };
    }
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = describeZodIssues(result.error).map((i) => `  - ${i.path}: ${i.message}`);
    throw new StartupError(`${file} has settings that are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
