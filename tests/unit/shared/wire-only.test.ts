import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/temp-dir.ts';

/**
 * shared/ is what crosses the wire, and the page bundles all of it: the YAML authoring formats live in
 * electron/core/content/ (code review F9), where lint keeps the renderer out. These prove they stay there.
 */
const SHARED = join(REPO_ROOT, 'shared');
const files = readdirSync(SHARED).filter((f) => f.endsWith('.ts'));

/** The content source's schemas and helpers, all of them only read by the core's loader and compilers. */
const SOURCE_ONLY = [
  'tutorialSourceSchema',
  'stepSourceSchema',
  'variantSourceSchema',
  'screenSourceSchema',
  'screenRowSourceSchema',
  'versionCheckFileSchema',
  'questionsFileSchema',
  'questionSourceSchema',
  'optionSourceSchema',
  'planRuleSourceSchema',
  'hotlinesFileSchema',
  'hotlineSourceSchema',
  'regionHotlinesSchema',
  'redFlagsFileSchema',
  'scamNowFileSchema',
  'afterScamFileSchema',
  'scamScriptsFileSchema',
  'scamScriptSourceSchema',
  'checklistFileSchema',
  'qrSourceSchema',
  'localizedTextSchema',
  'regionalTextSchema',
  'phoneLabelSchema',
  'textForRegion',
  'allRegionalTexts',
  'PROTECTIONS',
  'protectionSchema',
];

describe('shared/ holds only what crosses the wire', () => {
  it('export no schema of the YAML content source', async () => {
    const exported: string[] = [];
    for (const file of files) exported.push(...Object.keys((await import(join(SHARED, file))) as object));
    expect(exported.length).toBeGreaterThan(20);
    expect(exported.filter((name) => SOURCE_ONLY.includes(name) || /(Source|File)Schema$/.test(name))).toEqual([]);
  });

  it("carry none of the source's validation messages into the page", () => {
    // Written only by the source schemas' own checks (electron/core/content/tutorial-source.ts, questions-source.ts).
    for (const message of ['duplicate variant id', 'name at least one condition']) {
      expect(
        files.filter((file) => readFileSync(join(SHARED, file), 'utf8').includes(message)),
        message,
      ).toEqual([]);
    }
  });
});
