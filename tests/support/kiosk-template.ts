import { inject } from 'vitest';
import { copyTemplateFrom } from './template-database.ts';

/**
 * Puts a copy of the template database for this kiosk.json into `dataDir`, building the template first if
 * needed, in this `vitest run`'s template folder (tests/support/template-setup.ts).
 */
export function copyTemplateDatabase(appRoot: string, dataDir: string, kioskJson: unknown): void {
  copyTemplateFrom(inject('kioskTemplateDir'), appRoot, dataDir, kioskJson);
}
