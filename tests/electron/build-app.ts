import { fileURLToPath } from 'node:url';
import { runNpmScript } from '../../scripts/npm-script.ts';

/** Playwright globalSetup: the smoke tests launch the built app, so build it (renderer + Electron) first. */
export default function buildApp(): void {
  const code = runNpmScript('build', fileURLToPath(new URL('../..', import.meta.url)));
  if (code !== 0) throw new Error(`npm run build failed with exit code ${code}`);
}
