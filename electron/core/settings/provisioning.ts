import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeZodIssues } from '../../../shared/errors.ts';
import { kioskSettingsSchema, type KioskSettings } from '../../../shared/settings-schema.ts';
import { StartupError } from '../startup-error.ts';

export const PROVISIONING_FILE = 'kiosk.json';

/**
 * Reads `kiosk.json` from the data folder. A missing file means the defaults; a file that is not JSON,
 * or has a wrong field, stops start-up with a message naming the field and what is wrong: a kiosk that
 * silently starts with the wrong region would print the wrong hotlines.
 */
export function readProvisioningFile(dataDir: string): KioskSettings {
  const file = join(dataDir, PROVISIONING_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return kioskSettingsSchema.parse({});
    throw new StartupError(`Could not read ${file}: ${(error as Error).message}`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StartupError(`${file} is not valid JSON (${(error as Error).message}). Fix the file or remove it to use the defaults.`, { cause: error });
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = describeZodIssues(result.error).map((i) => `  - ${i.path}: ${i.message}`);
    throw new StartupError(`${file} has settings that are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
