import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../electron/core/content/content-check.ts';
import { copyOfContent, dropLocale, editYaml, REPO_ROOT } from '../../support/temp-dir.ts';

const FACETIME = 'tutorials/iphone-turn-off-facetime.yaml';
/** A fixed "today" just after the newest lastVerified in content/ (2026-12-05): content checked that day is not in the future. */
const SOON = new Date('2026-12-06T12:00:00Z');

describe('npm run content:check', () => {
  it('pass the real content', () => {
    const report = checkContent(join(REPO_ROOT, 'content'), SOON);
    expect(report.errors).toEqual([]);
    expect(report.counts.tutorials).toBeGreaterThan(0);
  });

  it('name the file and field of a text missing in one language', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => dropLocale(t.summary, 'vi'));
    expect(checkContent(dir, SOON).errors).toContainEqual({ file: FACETIME, path: 'summary', message: 'missing vi' });
  });

  it('require a phone label to say, per language, what the phone shows or that it is not known (null)', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      const step = (t.variants as Array<{ steps: Array<{ screen?: { rows: Array<{ label: Record<string, unknown> }> } }> }>)[0]!.steps[1]!;
      delete step.screen!.rows[1]!.label.ar;
    });
    expect(checkContent(dir, SOON).errors).toContainEqual({ file: FACETIME, path: 'variants.0.steps.1.screen.rows.1.label', message: 'missing ar' });
  });

  it('warn after nine months and fail after twelve', () => {
    const dir = join(REPO_ROOT, 'content');
    const tenMonthsOn = new Date('2027-05-01T00:00:00Z');
    const thirteenMonthsOn = new Date('2027-08-15T00:00:00Z');
    expect(checkContent(dir, tenMonthsOn).warnings).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'lastVerified' }));
    expect(checkContent(dir, tenMonthsOn).errors.filter((e) => e.path === 'lastVerified')).toEqual([]);
    expect(checkContent(dir, thirteenMonthsOn).errors).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'lastVerified' }));
  });

  it('put every unconfirmed step on the review list', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      (t.variants as Array<{ steps: Array<{ verified: boolean }> }>)[0]!.steps[2]!.verified = false;
    });
    expect(checkContent(dir, SOON).unverified).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'variants.0.steps.2' }));
  });
});
