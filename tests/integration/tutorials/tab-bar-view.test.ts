import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../electron/core/content/content-loader.ts';
import { compileContext, localizeTutorial } from '../../../electron/core/tutorials/tutorials.compile.ts';
import { REPO_ROOT } from '../../support/temp-dir.ts';

/** The bottom tab bar (tab-bars) reaches the page: the compiled step holds its tabs, and the words they name. */
describe('a step that taps a tab', () => {
  it("serves the tab bar with the tab to tap and each tab's word", () => {
    const bundle = loadContent(join(REPO_ROOT, 'content'));
    const source = bundle.tutorials.find((t) => t.id === 'iphone-block-caller');
    if (!source) throw new Error('no iphone-block-caller');
    const view = localizeTutorial(source, 'zh-Hant', compileContext(bundle, 'US'));
    const step = view.variants.flatMap((v) => v.steps).find((s) => s.id === 'tap-recents');
    const tabs = step?.screen?.tabs ?? [];
    expect(tabs.map((t) => t.label)).toEqual([
      'ios-favorites',
      'ios-recents',
      'ios-contacts',
      'ios-keypad',
      'ios-voicemail',
    ]);
    expect(tabs.filter((t) => t.target).map((t) => t.label)).toEqual(['ios-recents']);
    for (const { label } of tabs) expect(view.words[label], label).toBeDefined();
  });
});
