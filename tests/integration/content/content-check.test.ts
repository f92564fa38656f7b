import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../electron/core/content/content-check.ts';
import { LOCALE_INFO } from '../../../shared/locales.ts';
import { copyOfContent, dropLocale, editYaml, REPO_ROOT } from '../../support/temp-dir.ts';

const FACETIME = 'tutorials/iphone-turn-off-facetime.yaml';
// The day the tests run, as `npm run content:check` does: content dated today must pass.
const TODAY = new Date();

type Steps = Array<{ text: Record<string, string> }>;
const stepsOf = (t: Record<string, unknown>): Steps => (t.variants as Array<{ steps: Steps }>)[0]!.steps;
const sideErrors = (dir: string) => checkContent(dir, TODAY).errors.filter((e) => e.message.includes('right-to-left'));

describe('npm run content:check', () => {
  it('pass the real content', () => {
    const report = checkContent(join(REPO_ROOT, 'content'), TODAY);
    expect(report.errors).toEqual([]);
    expect(report.counts.tutorials).toBeGreaterThan(0);
  });

  it('name the file and field of a text missing in one language', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => dropLocale(t.summary, 'vi'));
    expect(checkContent(dir, TODAY).errors).toContainEqual({ file: FACETIME, path: 'summary', message: 'missing vi' });
  });

  it('require a phone word to say, per language, what the phone shows or that it is not known (null)', () => {
    const dir = copyOfContent();
    const file = 'phone-labels/ios.yaml';
    editYaml(join(dir, file), (f) => {
      delete (f.labels as Record<string, { phone: Record<string, unknown> }>)['ios-apps']!.phone.ar;
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual({ file, path: 'labels.ios-apps.phone', message: 'missing ar' });
  });

  it('refuse a step with no picture and no reviewed reason for none', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      delete (t.variants as Array<{ steps: Array<{ screen?: unknown }> }>)[0]!.steps[1]!.screen;
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual(
      expect.objectContaining({ file: FACETIME, path: 'variants.0.steps.1', message: expect.stringContaining('no picture, and no reviewed reason for none') }),
    );
  });

  it('refuse a picture or a text naming a phone word the dictionary does not have', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      const step = (t.variants as Array<{ steps: Array<{ text: Record<string, string>; screen?: { rows: Array<{ label: string }> } }> }>)[0]!.steps[1]!;
      step.screen!.rows[1]!.label = 'ios-no-such-word';
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual({ file: FACETIME, path: 'variants.0.steps.1.screen.rows.1.label', message: 'no phone word "ios-no-such-word" in content/phone-labels/' });
  });

  // tab-bars: a tab's word is held like a row's, and a tab bar only where the page draws one (under a list).
  it('refuse a tab naming a phone word the dictionary does not have, and a tab bar on a screen that is not a list', () => {
    type Screens = Array<{ steps: Array<{ screen?: { kind?: string; tabs?: unknown[] } }> }>;
    const tab = { label: 'ios-no-such-tab', icon: 'recents', target: true };
    const unknownWord = copyOfContent();
    editYaml(join(unknownWord, FACETIME), (t) => {
      (t.variants as Screens)[0]!.steps[1]!.screen!.tabs = [tab];
    });
    expect(checkContent(unknownWord, TODAY).errors).toContainEqual({ file: FACETIME, path: 'variants.0.steps.1.screen.tabs.0.label', message: 'no phone word "ios-no-such-tab" in content/phone-labels/' });

    const onADialog = copyOfContent();
    editYaml(join(onADialog, FACETIME), (t) => {
      const screen = (t.variants as Screens)[0]!.steps[1]!.screen!;
      screen.tabs = [{ ...tab, label: 'ios-recents' }];
      screen.kind = 'dialog';
    });
    expect(checkContent(onADialog, TODAY).errors).toContainEqual(expect.objectContaining({ file: FACETIME, message: expect.stringContaining('only a list screen shows a bottom tab bar') }));
  });

  it('refuse a translation that names other phone words than the English text', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      const step = (t.variants as Array<{ steps: Array<{ text: Record<string, string> }> }>)[0]!.steps[1]!;
      step.text.en = `${step.text.en} Then tap {{ios-settings}}.`;
    });
    const errors = checkContent(dir, TODAY).errors.filter((e) => e.path.startsWith('variants.0.steps.1.text'));
    expect(errors).toHaveLength(7);
    expect(errors[0]?.message).toMatch(/^names the phone words \[.*\], English names \[.*ios-settings.*\]: every language names the same$/);
  });

  it('refuse a checklist line that claims more than a variant\'s steps give (the iOS 26 FaceTime case)', () => {
    const dir = copyOfContent();
    const file = 'tutorials/iphone-facetime-unknown-callers.yaml';
    // As the guide stood before the second audit: iOS 26 only turned on Call Filtering, yet printed "silenced".
    editYaml(join(dir, file), (t) => {
      const variants = t.variants as Array<{ id: string; steps: Array<{ id: string; gives?: string[] }> }>;
      const ios26 = variants.find((v) => v.id === 'ios-26');
      if (!ios26) throw new Error('no ios-26 variant');
      ios26.steps = ios26.steps.filter((s) => s.id !== 'silence-unknown-callers');
      // Its facilitator notes go with it, as they would in that version of the guide.
      t.facilitator = (t.facilitator as Array<{ step?: string }>).filter((n) => n.step !== 'silence-unknown-callers');
    });
    const errors = checkContent(dir, TODAY).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, path: 'variants.0' });
    expect(errors[0]?.message).toContain('"unknown-facetime-silenced"');
    expect(errors[0]?.message).toContain('"ios-26"');
  });

  it('hold every checklist claim to the closed list of protections', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      (t.checklist as { protects: string[] }).protects = ['facetime-off', 'scams-impossible'];
    });
    expect(checkContent(dir, TODAY).errors).toContainEqual(expect.objectContaining({ file: FACETIME, path: expect.stringContaining('checklist.protects.1') }));
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
    expect(checkContent(dir, TODAY).unverified).toContainEqual(expect.objectContaining({ file: FACETIME, path: 'variants.0.steps.2' }));
  });
  it('reject left or right in a right-to-left text, naming the file, the path and the word', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      stepsOf(t)[2]!.text = { ...stepsOf(t)[2]!.text, ar: 'اضغط على سهم الرجوع في أعلى اليسار.' };
    });
    expect(sideErrors(dir)).toContainEqual({
      file: FACETIME,
      path: 'variants.0.steps.2.text.ar',
      message: expect.stringMatching(/^"اليسار" \(left\): a phone set to a right-to-left language mirrors its screen.*Name the control instead/),
    });
  });

  it('reject a swipe to one side in any content file, whatever the word\'s prefix or ending', () => {
    const dir = copyOfContent();
    editYaml(join(dir, 'scam-now.yaml'), (s) => {
      (s.steps as Steps)[0]!.text.ar = 'اسحب المكالمة يسارًا، ثم اضغط على الزر الأيمن.';
    });
    const errors = sideErrors(dir).filter((e) => e.file === 'scam-now.yaml');
    expect(errors.map((e) => [e.path, e.message.split(':')[0]])).toEqual([
      ['steps.0.text.ar', '"يسارًا" (left)'],
      ['steps.0.text.ar', '"الأيمن" (right)'],
    ]);
  });

  it('accept Arabic that names the control, and words that only look like left or right', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FACETIME), (t) => {
      // يسير (easy), ميسّر (made easy), يمكن (can), اليمن (Yemen), الشمالية (northern): not sides.
      stepsOf(t)[2]!.text = { ...stepsOf(t)[2]!.text, ar: 'اضغط على سهم الرجوع في أعلى الشاشة، عند الزاوية. يمكنك أن تسحب المكالمة جانبًا. الأمر يسير وميسّر في اليمن وأيرلندا الشمالية.' };
    });
    expect(sideErrors(dir).filter((e) => e.file === FACETIME)).toEqual([]);
  });

  it('check every language LOCALE_INFO calls right to left, and refuse one without its left/right words', () => {
    const info = LOCALE_INFO.ko;
    const dir = copyOfContent();
    try {
      info.dir = 'rtl';
      expect(() => checkContent(dir, TODAY)).toThrow(/ko is right to left but has no left\/right words/);
    } finally {
      info.dir = 'ltr';
    }
  });
});
