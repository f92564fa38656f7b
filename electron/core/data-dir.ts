import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER_NAME = 'SafeCall Kiosk';

/**
 * The same per-user folder Electron's app.getPath('userData') gives, so the browser shell and the
 * Electron shell on one machine share one database and one kiosk.json.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}

/** SAFECALL_DATA_DIR, made absolute (Electron's app.setPath refuses a relative path); undefined when unset. */
export function configuredDataDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.SAFECALL_DATA_DIR?.trim();
  return value ? resolve(value) : undefined;
}
