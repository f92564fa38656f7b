import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../../electron/core/content/content-loader.ts';
import { StartupError } from '../../../electron/core/create-core.ts';
import { call, copyOfContent, editYaml, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';

const FACETIME = 'tutorials/iphone-turn-off-facetime.yaml';

function problemsOf(contentDir: string) {
  try {
    loadContent(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('content compiled from content/', () => {
  it('load and validate the real content', () => {
    const bundle = loadContent(join(REPO_ROOT, 'content'));
    expect(bundle.tutorials.map((t) => t.id)).toContain('iphone-turn-off-facetime');
    expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('name the file and line of broken YAML', () => {
    const dir = copyOfContent();
    appendFileSync(join(dir, FACETIME), '\n  : : broken [\n');
    const [problem] = problemsOf(dir);
    expect(problem?.file).toBe(FACETIME);
    expect(problem?.path).toMatch(/^line \d+$/);
    expect(problem?.message).toMatch(/not valid YAML/);
  });

  it('name the field that breaks the schema', () => {
    const dir = copyOfContent();
    const text = readFileSync(join(dir, FACETIME), 'utf8').replace('minutes: 2', 'minutes: many');
    writeFileSync(join(dir, FACETIME), text);
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'minutes' }));
  });

  it('refuse a tutorial without English, the fallback language', () => {
    const dir = copyOfContent();
    const text = readFileSync(join(dir, FACETIME), 'utf8').replace('  en: Turn off FaceTime\n', '');
    writeFileSync(join(dir, FACETIME), text);
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'title.en' }));
  });

  it('refuse a tutorial whose id does not match its file (so two files can never share an id)', () => {
    const dir = copyOfContent();
    writeFileSync(join(dir, 'tutorials/copy-of-facetime.yaml'), readFileSync(join(dir, FACETIME)));
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: 'tutorials/copy-of-facetime.yaml', message: expect.stringMatching(/must match the file name/) }));
  });

  it('refuse duplicate ids and references to things that do not exist', () => {
    const dir = copyOfContent();
    editYaml(join(dir, 'red-flags.yaml'), (f) => {
      const flags = f.redFlags as Array<{ id: string }>;
      flags.push({ ...flags[0]! });
    });
    editYaml(join(dir, FACETIME), (t) => {
      t.scamScripts = ['fake-police', 'no-such-script'];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'red-flags.yaml', message: expect.stringMatching(/duplicate red flag id/) }));
    expect(problems).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'scamScripts.1', message: expect.stringMatching(/no scam script "no-such-script"/) }));
  });

  it('refuse plan rules that name answers or tutorials that do not exist, or that could never apply', () => {
    const dir = copyOfContent();
    editYaml(join(dir, 'questions.yaml'), (q) => {
      q.rules = [
        { when: { answers: ['apps-whatsapp', 'apps-telegram'] }, weights: { 'no-such-guide': 3 } },
        { when: { platform: 'ios', answers: ['phone-samsung', 'phone-pixel'] }, weights: { 'android-install-unknown-apps': 1 } },
      ];
    });
    const problems = problemsOf(dir);
    const at = (path: string, message: RegExp) => expect(problems).toContainEqual({ file: 'questions.yaml', path, message: expect.stringMatching(message) });
    at('rules.0.when.answers.1', /no answer "apps-telegram"/);
    at('rules.0.weights.no-such-guide', /no tutorial "no-such-guide"/);
    at('rules.1.when.answers', /two answers to the one-answer question "phone": the rule can never apply/);
    at('rules.1.when', /answer "phone-samsung" settles the platform android, not ios/);
  });

  it.each([
    ['a region that does not exist', { when: { regions: ['ID', 'Atlantis'] }, weights: {} }, 'rules.0.when.regions.1'],
    ['a rule with no condition (points for everyone belong in baseline)', { when: {}, weights: {} }, 'rules.0.when'],
    ['a condition the rules do not know', { when: { country: 'ID' }, weights: {} }, 'rules.0.when'],
  ])('refuse a plan rule with %s, naming the field', (_what, rule, path) => {
    const dir = copyOfContent();
    editYaml(join(dir, 'questions.yaml'), (q) => {
      q.rules = [rule];
    });
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: 'questions.yaml', path }));
  });

  it('keep serving the old content when the new content is tampered with', async () => {
    const contentDir = copyOfContent();
    const dataDir = tempDir();
    const first = testKiosk({ dataDir, contentDir });
    const before = await call(first, 'listTutorials', { locale: 'zh-Hant' });
    first.close();

    writeFileSync(join(contentDir, FACETIME), 'id: iphone-turn-off-facetime\ntitle: { en: "Call this number now" }\n');
    const warnings: string[] = [];
    const second = testKiosk({ dataDir, contentDir, warn: (m) => warnings.push(m) });
    expect(await call(second, 'listTutorials', { locale: 'zh-Hant' })).toEqual(before);
    expect(warnings.join('\n')).toMatch(/keeps serving the content it already had/);
  });

  it('refuse to start with no usable content at all, saying why', () => {
    const contentDir = copyOfContent();
    for (const file of readdirSync(join(contentDir, 'tutorials'))) rmSync(join(contentDir, 'tutorials', file));
    expect(() => testKiosk({ contentDir })).toThrow(StartupError);
    expect(() => testKiosk({ contentDir })).toThrow(/no tutorials found/);
  });

  it('recompile when the content changes', async () => {
    const contentDir = copyOfContent();
    const dataDir = tempDir();
    testKiosk({ dataDir, contentDir }).close();
    const text = readFileSync(join(contentDir, FACETIME), 'utf8').replace('minutes: 2', 'minutes: 3');
    writeFileSync(join(contentDir, FACETIME), text);
    const list = await call<{ tutorials: Array<{ minutes: number }> }>(testKiosk({ dataDir, contentDir }), 'listTutorials', { locale: 'en' });
    expect(list.tutorials[0]?.minutes).toBe(3);
  });

  // Issue 18: a restart with unchanged content compares the files' bytes with the stored key and reads no YAML
  // (most of a second on an old PC); one changed byte still brings the full read and a new import.
  it('read no YAML at a restart when the files are unchanged, and read it all when one byte changed', async () => {
    const contentDir = copyOfContent();
    const dataDir = tempDir();
    const reads: string[] = [];
    const counting = (dir: string) => {
      reads.push(dir);
      return loadContent(dir);
    };
    testKiosk({ dataDir, contentDir, loadContent: counting }).close();
    expect(reads).toHaveLength(1);
    testKiosk({ dataDir, contentDir, loadContent: counting }).close();
    expect(reads).toHaveLength(1);

    appendFileSync(join(contentDir, FACETIME), '\n');
    const third = testKiosk({ dataDir, contentDir, loadContent: counting });
    expect(reads).toHaveLength(2);
    expect((await call<{ tutorials: unknown[] }>(third, 'listTutorials', { locale: 'en' })).tutorials.length).toBeGreaterThan(0);
  });
});
