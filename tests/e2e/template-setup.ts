import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTemplateIn } from '../support/template-database.ts';
import { REPO, TEMPLATES_ENV, TEST_CENTRE } from './shell.ts';

/**
 * One folder per Playwright run for the template databases (tests/support/template-database.ts), handed to
 * the workers in the environment. The template every worker's shell starts from is built here, once,
 * before the workers start: each used to import the content on its own, side by side. Other centres'
 * templates are built by the first test that needs one. Removed when the run ends.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'safecall-e2e-templates-'));
  process.env[TEMPLATES_ENV] = dir;
  buildTemplateIn(dir, REPO, TEST_CENTRE);
  return () => rmSync(dir, { recursive: true, force: true });
}
