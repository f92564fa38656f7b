import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../electron/core/content/content-check.ts';
import { ContentError, loadContent } from '../../../electron/core/content/content-loader.ts';
import { needsFacilitatorNote } from '../../../electron/core/content/facilitator-notes.ts';
import type { CallResponse } from '../../../shared/api.ts';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { call, copyOfContent, editYaml, REPO_ROOT, testKiosk } from '../../support/temp-dir.ts';
import { staffCall } from '../../support/staff.ts';

const FACETIME = 'tutorials/iphone-turn-off-facetime.yaml';
const TODAY = new Date();

type Opened = CallResponse<'openTutorial'>;
type NoteYaml = { step?: string; variants?: string[]; verified: boolean; source: unknown; text: Record<string, string> };
const notesOf = (t: Record<string, unknown>) => t.facilitator as NoteYaml[];
/** The index of the FaceTime guide's first note on a step, so the tests do not hang on the notes' order. */
const noteOn = (t: Record<string, unknown>, step: string) => notesOf(t).findIndex((n) => n.step === step);

function problemsOf(contentDir: string) {
  try {
    loadContent(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('facilitator notes, as openTutorial serves them', () => {
  it('come with every tutorial in every language, on every step that is not trivial, each with its English', async () => {
    const kiosk = testKiosk();
    const bundle = loadContent(join(REPO_ROOT, 'content'));
    expect(bundle.tutorials.length).toBeGreaterThan(20);
    expect(checkContent(join(REPO_ROOT, 'content'), TODAY).counts.notes).toBeGreaterThan(bundle.tutorials.length);
    const open = (tutorialId: string, locale: Locale) => call<Opened>(kiosk, 'openTutorial', { tutorialId, locale });
    for (const t of bundle.tutorials) {
      // One call per language: the view carries every variant, and each variant's steps.
      const english = (await open(t.id, 'en')).tutorial;
      for (const locale of LOCALES) {
        const { tutorial } = await open(t.id, locale);
        (tutorial.facilitator ?? []).forEach((n, i) => expect(n.en, `${t.id} / ${locale}`).toBe(english.facilitator?.[i]?.text));
        t.variants.forEach((v, vi) => {
          const where = `${t.id} / ${v.id} / ${locale}`;
          const variant = tutorial.variants[vi]!;
          const all = [...(tutorial.facilitator ?? []), ...variant.steps.flatMap((s) => s.facilitator ?? [])];
          expect(all.length, where).toBeGreaterThan(0);
          variant.steps.forEach((step, si) => {
            if (needsFacilitatorNote(v.steps[si]!)) expect(step.facilitator?.length, `${where} / ${step.id}`).toBeGreaterThan(0);
            step.facilitator?.forEach((n, ni) => {
              expect(n.locale, `${where} / ${step.id}`).toBe(locale);
              expect(n.en, `${where} / ${step.id}`).toBe(english.variants[vi]?.steps[si]?.facilitator?.[ni]?.text);
              // Translated, not English passed off as the visitor's language.
              if (locale !== 'en') expect(n.text, `${where} / ${step.id}`).not.toBe(n.en);
            });
          });
        });
      }
    }
  });

  it('serve a note on a step to every variant with that step, unless it names its variants', async () => {
    const kiosk = testKiosk();
    const open = (variant: string) => call<Opened>(kiosk, 'openTutorial', { tutorialId: 'iphone-turn-off-facetime', locale: 'ko', variant });
    const newer = await open('ios-18-and-later');
    const older = await open('ios-17-and-earlier');
    const notesAt = (o: Opened, step: string) => o.variant.steps.find((s) => s.id === step)?.facilitator?.map((n) => n.en);
    expect(notesAt(newer, 'other-devices')).toEqual(notesAt(older, 'other-devices'));
    expect(notesAt(newer, 'other-devices')?.[0]).toMatch(/iPad or Mac/);
    expect(newer.tutorial.facilitator?.[0]).toMatchObject({ kind: 'check', locale: 'ko', verified: true });

    // Narrowed by variant: iOS 26's button may read differently, and only iOS 26 is told so.
    const block = (variant: string) => call<Opened>(kiosk, 'openTutorial', { tutorialId: 'iphone-block-caller', locale: 'en', variant });
    const blockNotes = async (variant: string) => (await block(variant)).variant.steps.find((s) => s.id === 'tap-block-caller')?.facilitator;
    expect(await blockNotes('ios-26')).toEqual([expect.objectContaining({ verified: false, en: expect.stringMatching(/Block Contact/) })]);
    expect(await blockNotes('ios-18-to-25')).toEqual([expect.objectContaining({ verified: true, en: expect.stringMatching(/Block this Caller/) })]);
  });

  it('give the note in English, and say so, where it is not translated; the visitor keeps their language', async () => {
    const contentDir = copyOfContent();
    editYaml(join(contentDir, FACETIME), (t) => {
      delete notesOf(t)[noteOn(t, 'other-devices')]!.text.vi;
    });
    const kiosk = testKiosk({ contentDir });
    const { tutorial, variant } = await call<Opened>(kiosk, 'openTutorial', { tutorialId: 'iphone-turn-off-facetime', locale: 'vi' });
    expect(tutorial.locale).toBe('vi');
    const [note] = variant.steps.find((s) => s.id === 'other-devices')?.facilitator ?? [];
    expect(note).toMatchObject({ locale: 'en', kind: 'check' });
    expect(note?.text).toBe(note?.en);
  });

  it('put an unconfirmed note on the staff review list', async () => {
    const { items } = await staffCall<CallResponse<'getReviewList'>>(testKiosk(), 'getReviewList', {});
    expect(items).toContainEqual({ kind: 'note', tutorialId: 'iphone-turn-off-facetime', stepId: 'switch-off', text: expect.stringMatching(/Allowed Apps & Features/) });
  });
});

describe('npm run content:check and the content loader, on facilitator notes', () => {
  it('name the file and field of a note missing in one language', () => {
    const dir = copyOfContent();
    let at = -1;
    editYaml(join(dir, FACETIME), (t) => {
      at = noteOn(t, 'tap-facetime');
      delete notesOf(t)[at]!.text.ar;
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual({ file: FACETIME, path: `facilitator.${at}.text`, message: 'missing ar' });
  });

  it('refuse a note on a step that does not exist, naming the file and the field', () => {
    const dir = copyOfContent();
    let at = -1;
    editYaml(join(dir, FACETIME), (t) => {
      at = noteOn(t, 'tap-facetime');
      notesOf(t)[at]!.step = 'tap-facetim';
    });
    const expected = { file: FACETIME, path: `facilitator.${at}.step`, message: 'no step "tap-facetim" in any variant' };
    expect(problemsOf(dir)).toContainEqual(expected);
    expect(checkContent(dir, TODAY).errors).toContainEqual(expected);
  });

  it('refuse a note naming a variant that lacks its step, or no variant at all', () => {
    const dir = copyOfContent();
    let at = -1;
    editYaml(join(dir, FACETIME), (t) => {
      at = noteOn(t, 'tap-apps');
      notesOf(t)[at]!.variants = ['ios-17-and-earlier', 'ios-9'];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({ file: FACETIME, path: `facilitator.${at}.variants.0`, message: 'variant "ios-17-and-earlier" has no step "tap-apps"' });
    expect(problems).toContainEqual({ file: FACETIME, path: `facilitator.${at}.variants.1`, message: 'no variant "ios-9"' });
  });

  it('refuse a note resting on a source its tutorial does not list, or listed as less certain', () => {
    const dir = copyOfContent();
    let at = -1;
    editYaml(join(dir, FACETIME), (t) => {
      at = noteOn(t, 'other-devices');
      notesOf(t)[at]!.source = [
        { url: 'https://example.org/blog', publisher: 'A blog', confirmation: 'third-party' },
        { url: 'https://everydaytech.org', publisher: 'Everyday Tech', confirmation: 'official' },
      ];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: FACETIME, path: `facilitator.${at}.source.0`, message: expect.stringMatching(/not among the tutorial's sources/) }));
    expect(problems).toContainEqual(expect.objectContaining({ file: FACETIME, path: `facilitator.${at}.source.1`, message: expect.stringMatching(/"official" differs from the tutorial's sources \("third-party"\)/) }));
  });

  it('refuse a verified note resting only on unconfirmed sources', () => {
    const dir = copyOfContent();
    let at = -1;
    editYaml(join(dir, FACETIME), (t) => {
      (t.sources as unknown[]).push({ url: 'https://example.org/forum', publisher: 'A forum post', confirmation: 'unconfirmed' });
      at = noteOn(t, 'other-devices');
      notesOf(t)[at]!.source = { url: 'https://example.org/forum', publisher: 'A forum post', confirmation: 'unconfirmed' };
    });
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: FACETIME, path: `facilitator.${at}.verified` }));
  });

  it('require a note on every step that shows a screen, changes a setting or rests on an unconfirmed fact, and notes on every tutorial', () => {
    const dir = copyOfContent();
    const SILENCE = 'tutorials/iphone-silence-unknown-callers.yaml';
    editYaml(join(dir, FACETIME), (t) => {
      // tap-facetime shows a screen; other-devices shows none but gives a protection.
      t.facilitator = notesOf(t).filter((n) => n.step !== 'tap-facetime' && n.step !== 'other-devices');
    });
    editYaml(join(dir, SILENCE), (t) => {
      // back-to-phone-settings shows no screen and gives nothing, but rests on an unconfirmed fact.
      t.facilitator = notesOf(t).filter((n) => n.step !== 'back-to-phone-settings');
    });
    editYaml(join(dir, 'tutorials/iphone-safety-check.yaml'), (t) => {
      delete t.facilitator;
    });
    const errors = checkContent(dir, TODAY).errors;
    // Both variants have the step: the newer at index 2, the older at index 1.
    expect(errors).toContainEqual({ file: FACETIME, path: 'variants.0.steps.2', message: expect.stringMatching(/step "tap-facetime" of variant "ios-18-and-later" has no facilitator note/) });
    expect(errors).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'variants.1.steps.1' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'variants.0.steps.4', message: expect.stringMatching(/"other-devices"/) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: SILENCE, path: 'variants.0.steps.4', message: expect.stringMatching(/"back-to-phone-settings"/) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'tutorials/iphone-safety-check.yaml', path: 'facilitator' }));
    // Opening Settings is trivial: no note is required there.
    expect(errors.filter((e) => e.file === FACETIME && e.path === 'variants.0.steps.0')).toEqual([]);
  });
});
