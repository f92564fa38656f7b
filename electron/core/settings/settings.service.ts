import { describeZodIssues } from '../../../shared/errors.ts';
import { kioskSettingsSchema, type KioskSettings } from '../../../shared/settings-schema.ts';
import { StartupError } from '../startup-error.ts';
import type { SettingsRepository } from './settings.repository.ts';

/**
 * Settings live in the database. The provisioning file seeds them once, at first start; after that
 * the database is the truth (staff mode changes it), and a later edit of kiosk.json is not read.
 */
export function loadOrProvisionSettings(repo: SettingsRepository, provision: () => KioskSettings): KioskSettings {
  const stored = repo.readJson();
  if (stored === undefined) {
    const settings = provision();
    repo.writeJson(JSON.stringify(settings));
    return settings;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    throw new StartupError('The settings stored in the database are damaged (not JSON). Restore the database from its backup.');
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = describeZodIssues(result.error).map((i) => `  - ${i.path}: ${i.message}`);
    throw new StartupError(`The settings stored in the database are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
