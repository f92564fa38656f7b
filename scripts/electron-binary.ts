import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The executable's path inside an Electron dist folder, as node_modules/electron/install.js names it. */
function platformExecutable(platform: NodeJS.Platform): string | null {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    // Electron publishes no build for these.
    case 'aix':
    case 'android':
    case 'cygwin':
    case 'haiku':
    case 'netbsd':
    case 'sunos':
      return null;
  }
}

export interface FindElectronOptions {
  projectRoot?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * Where the Electron executable is, or null when it is not on this machine. Mirrors the lookup in
 * node_modules/electron/index.js without requiring that file: requiring it starts a download when the
 * binary is missing, and on machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 that fails.
 */
export function findElectronBinary(options: FindElectronOptions = {}): string | null {
  const env = options.env ?? process.env;
  const packageDir = join(options.projectRoot ?? PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = recorded || platformExecutable(options.platform ?? process.platform);
  if (!executable) return null;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  // Without path.txt the install never finished: a leftover dist/ folder is not trusted.
  const candidate = override ? join(override, executable) : recorded ? join(packageDir, 'dist', executable) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** One plain sentence saying why Electron cannot run here, for skips and fallbacks. */
export function electronMissingReason(options: FindElectronOptions = {}): string {
  const env = options.env ?? process.env;
  return env.ELECTRON_OVERRIDE_DIST_PATH
    ? `no Electron executable in ELECTRON_OVERRIDE_DIST_PATH (${env.ELECTRON_OVERRIDE_DIST_PATH})`
    : 'node_modules/electron has no downloaded binary (it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed)';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(findElectronBinary() ?? `Electron binary not installed on this machine: ${electronMissingReason()}.`);
}
