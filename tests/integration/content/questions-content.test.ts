import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../electron/core/content/content-check.ts';
import { copyOfContent, editYaml } from '../../support/temp-dir.ts';

type Option = Record<string, unknown> & { id: string };
type Questions = { questions: Array<{ id: string; options: Option[] }>; rules?: unknown[] };

/** A copy of the content with questions.yaml edited, and what content:check says of it. */
function errorsAfter(edit: (q: Questions, option: (id: string) => Option) => void) {
  const dir = copyOfContent();
  editYaml(join(dir, 'questions.yaml'), (raw) => {
    const q = raw as unknown as Questions;
    edit(q, (id) => q.questions.flatMap((x) => x.options).find((o) => o.id === id)!);
  });
  return checkContent(dir, new Date('2026-12-10')).errors.filter((e) => e.file === 'questions.yaml');
}

describe('questions.yaml: each answer keeps its own promises', () => {
  it('passes as it is', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it.each([
    ['an answer that brings plan items but says no "because"', (_q: Questions, o: (id: string) => Option) => delete o('stranger-call-yes').because, 'questions.2.options.0.because', /must say why/],
    ['a rule\'s first answer (its reason) with no "because"', (q: Questions, o: (id: string) => Option) => {
      delete o('stranger-call-no').because;
      q.rules = [{ when: { answers: ['stranger-call-no'] }, weights: { 'general-spot-fake-video-call': 1 } }];
    }, 'questions.2.options.1.because', /must say why/],
    ['"because" missing a language', (_q: Questions, o: (id: string) => Option) => delete (o('apps-wechat').because as Record<string, string>).ar, 'questions.1.options.1.because', /missing ar/],
    ['an exclusive answer to a one-answer question', (_q: Questions, o: (id: string) => Option) => (o('stranger-call-no').exclusive = true), 'questions.2.options.1.exclusive', /several-answer question/],
    ['an app that promises a guide but weighs up none', (_q: Questions, o: (id: string) => Option) => (o('apps-none').ensureGuide = true), 'questions.1.options.3.ensureGuide', /weighs up no tutorial/],
    ['"platforms" on the phone question itself', (_q: Questions, o: (id: string) => Option) => (o('phone-pixel').platforms = ['android']), 'questions.0.options.2.platforms', /after the phone question/],
    ['"Not sure" finding out an answer of the wrong platform', (_q: Questions, o: (id: string) => Option) => (o('phone-not-sure').findOut = { ios: 'phone-samsung', android: 'phone-pixel' }), 'questions.0.options.4.findOut.ios', /platform ios/],
    ['an answer called "baseline"', (_q: Questions, o: (id: string) => Option) => (o('stranger-call-no').id = 'baseline'), 'questions.2.options.1.id', /reason of plan items no answer brought/],
  ])('refuses %s, naming the field', (_what, edit, path, message) => {
    expect(errorsAfter(edit)).toContainEqual({ file: 'questions.yaml', path, message: expect.stringMatching(message) });
  });

  it('refuses a file without the baseline\'s "because"', () => {
    const dir = copyOfContent();
    editYaml(join(dir, 'questions.yaml'), (q) => delete q.baselineBecause);
    expect(checkContent(dir, new Date('2026-12-10')).errors).toContainEqual(expect.objectContaining({ file: 'questions.yaml', path: 'baselineBecause' }));
  });
});
