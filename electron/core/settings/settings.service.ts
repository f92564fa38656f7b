import { describeZodIssues } from '../../../shared/errors.ts';
import { kioskSettingsSchema, type KioskSettings } from '../../../shared/settings-schema.ts';
import { StartupError } from '../startup-error.ts';
import { parseProvisioningFile, type ProvisioningFile } from './provisioning.ts';
import type { SettingsRepository } from './settings.repository.ts';

/**
 * Settings live in the database. kiosk.json provisions them at first start, and again whenever the
 * file's contents change (a centre correcting its region should not have to delete the database and
 * its visit log). An unchanged file is not applied again, so changes made later in staff mode stand.
 */
export function loadOrProvisionSettings(repo: SettingsRepository, file: ProvisioningFile | undefined): KioskSettings {
  const stored = repo.read();
  if (file && file.hash !== stored?.provisionedFrom) {
    const settings = parseProvisioningFile(file);
    repo.write({ json: JSON.stringify(settings), provisionedFrom: file.hash });
    return settings;
  }
  if (!stored) {
    const settings = kioskSettingsSchema.parse({});
    repo.write({ json: JSON.stringify(settings), provisionedFrom: null });
    return settings;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(stored.json);
  } catch {
    throw new StartupError(
      'The settings stored in the database are damaged (not JSON): stop the kiosk, then restore the database from its newest backup with "npm run restore".',
    );
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = describeZodIssues(result.error).map((i) => `  - ${i.path}: ${i.message}`);
    throw new StartupError(`The settings stored in the database are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}
