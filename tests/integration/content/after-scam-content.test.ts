import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../electron/core/content/content-check.ts';
import { copyOfContent, dropLocale, editYaml } from '../../support/temp-dir.ts';

const FILE = 'after-scam.yaml';
const TODAY = new Date();

describe('npm run content:check on after-scam.yaml', () => {
  it('name the path of a hotline id that does not exist', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => {
      (f.hotlines as Record<string, string[]>).HK = ['hk-adcc-18222', 'hk-no-such-line'];
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual({ file: FILE, path: 'hotlines.HK.1', message: 'no hotline "hk-no-such-line" in region HK (or the regions it inherits)' });
  });

  it('refuse another region\'s line, but allow an inherited one', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => {
      const lines = f.hotlines as Record<string, string[]>;
      lines.CN = ['cn-police-110', 'hk-adcc-18222'];
      lines['US-NYC'] = ['nyc-311', 'us-elder-fraud-hotline'];
    });
    const { errors } = checkContent(dir, TODAY);
    expect(errors).toContainEqual(expect.objectContaining({ file: FILE, path: 'hotlines.CN.1', message: expect.stringMatching(/no hotline "hk-adcc-18222" in region CN/) }));
    expect(errors.filter((e) => e.path.startsWith('hotlines.US-NYC'))).toEqual([]);
  });

  it('name the step whose "buys" line is missing a language', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => dropLocale((f.steps as Array<{ buys: unknown }>)[1]!.buys, 'ar'));
    expect(checkContent(dir, TODAY).errors).toContainEqual({ file: FILE, path: 'steps.1.buys', message: 'missing ar' });
  });

  it('refuse a step without what it buys', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => {
      delete (f.steps as Array<{ buys?: unknown }>)[0]!.buys;
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual(expect.objectContaining({ file: FILE, path: 'steps.0.buys' }));
  });
});
