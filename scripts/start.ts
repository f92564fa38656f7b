import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.ts';
import { runNpmScript } from './npm-script.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function startElectron(binary: string): number {
  const built = runNpmScript('build', projectRoot);
  if (built !== 0) return built;
  const env = { ...process.env };
  // Left over in a developer's shell, it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const result = spawnSync(binary, [projectRoot], { cwd: projectRoot, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const binary = findElectronBinary();
if (binary) {
  process.exitCode = startElectron(binary);
} else {
  console.log('Electron is not installed on this machine, so SafeCall Kiosk is starting in the browser shell instead.');
  process.exitCode = runNpmScript('start:web', projectRoot);
}
