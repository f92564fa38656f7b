import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import kioskConfig from '../../../vite.config.ts';

/** The cold-start floors (floor/react, floor/lobby; start.ts) and the tap floor (floor/screens; tap.ts): each a page. */
export const START_FLOORS = ['react', 'lobby'] as const;
export type Floor = (typeof START_FLOORS)[number] | 'screens';

/**
 * Builds floor pages as the kiosk's renderer is built (the same Vite configuration: React, the CSS steps
 * that keep woff2 sources and the lobby's faces, the same target), each into a folder of a temp directory.
 * Returns the folders and a cleanup.
 */
export async function buildFloors<F extends Floor>(
  floors: readonly F[],
): Promise<{ dirs: Record<F, string>; remove(): void }> {
  const out = mkdtempSync(join(tmpdir(), 'safecall-floors-'));
  const dirs = {} as Record<F, string>;
  for (const floor of floors) {
    const root = resolve(import.meta.dirname, floor);
    dirs[floor] = join(out, floor);
    const config: InlineConfig = {
      ...(kioskConfig as InlineConfig),
      configFile: false,
      root,
      logLevel: 'warn',
      build: { ...(kioskConfig as InlineConfig).build, outDir: dirs[floor], emptyOutDir: true, rollupOptions: {} },
    };
    await build(config);
  }
  return { dirs, remove: () => rmSync(out, { recursive: true, force: true }) };
}
