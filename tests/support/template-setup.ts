import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps its template kiosk databases (tests/support/kiosk-template.ts). */
    kioskTemplateDir: string;
  }
}

/**
 * One folder per `vitest run` for the template databases: the first test file that needs one builds it,
 * every later file (in any worker) copies it. Removed when the run ends, so no stale template outlives it.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'safecall-templates-'));
  project.provide('kioskTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
