import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeZodIssues } from '../../../shared/errors.ts';
import { kioskSettingsSchema, type KioskSettings } from '../../../shared/settings-schema.ts';
import { staffSetupCodeSchema } from '../../../shared/staff.ts';
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

function parseJson({ file, text }: ProvisioningFile): unknown {
  try {
    // Windows Notepad has long saved UTF-8 with a byte-order mark; it is not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StartupError(
      `${file} is not valid JSON (${(error as Error).message}). Fix the file or remove it to use the defaults.`,
      { cause: error },
    );
  }
}

/**
 * kiosk.json's one field that is not a setting: the one-time code for choosing the first staff PIN.
 * It is taken out before the settings are read, so it never reaches the stored settings or getSettings
 * (which visitors' pages ask for); the core keeps only its hash (staff.service armSetupCode).
 */
export const STAFF_SETUP_CODE_FIELD = 'staffSetupCode';

const fieldsOf = (raw: unknown): Record<string, unknown> | undefined =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;

/**
 * The setup code in a provisioning file, upper case without spaces or dashes; undefined when it has none.
 * A code that is not 8 to 32 letters and digits stops start-up; the message never repeats the code.
 */
export function parseStaffSetupCode(provisioning: ProvisioningFile): string | undefined {
  const value = fieldsOf(parseJson(provisioning))?.[STAFF_SETUP_CODE_FIELD];
  if (value === undefined) return undefined;
  const result = staffSetupCodeSchema.safeParse(value);
  if (!result.success)
    throw new StartupError(
      `${provisioning.file} has a ${STAFF_SETUP_CODE_FIELD} that is not valid: it must be 8 to 32 letters and digits.`,
    );
  return result.data;
}

/**
 * Validates a provisioning file. Not JSON, or a wrong field, stops start-up with a message naming the
 * field and what is wrong: a kiosk that silently started with the wrong region would print the wrong
 * hotlines for months.
 */
export function parseProvisioningFile(provisioning: ProvisioningFile): KioskSettings {
  const { file } = provisioning;
  let raw = parseJson(provisioning);
  const fields = fieldsOf(raw);
  if (fields) {
    const settingsOnly = { ...fields };
    delete settingsOnly[STAFF_SETUP_CODE_FIELD];
    // A centre that lists its languages but names no default means the first one it listed.
    if (settingsOnly.defaultLocale === undefined && Array.isArray(fields.locales) && fields.locales.length > 0)
      settingsOnly.defaultLocale = fields.locales[0];
    raw = settingsOnly;
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = describeZodIssues(result.error).map((i) => `  - ${i.path}: ${i.message}`);
    throw new StartupError(`${file} has settings that are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
