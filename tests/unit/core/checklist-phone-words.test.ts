import { describe, expect, it } from 'vitest';
import { composeSheet, type ComposeDeps } from '../../../electron/core/checklists/checklist-compose.ts';
import { parseSheetPath, sheetPath, type ChecklistSheetRequest } from '../../../shared/checklist-schema.ts';
import type { TutorialView } from '../../../shared/content-schema.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';

/**
 * phone-language (issue 17): the printed sheet follows the one rule for the phone's words. The core
 * sends each path's `{{id}}` words with it and the visitor's phone language with the sheet; the sheet
 * draws them (tests/component/print-phone-words.test.tsx). The address carries the phone language, so
 * the printer's hidden window composes the same sheet as the preview.
 */
const CODE = '48271935';
const none = { en: null, 'zh-Hant': null, 'zh-Hans': null, es: null, id: null, vi: null, ko: null, ar: null };
const words = {
  settings: { phone: { ...none, en: 'Settings', 'zh-Hant': '設定' }, meaning: '設定' },
  apps: { phone: { ...none, en: 'Apps' }, meaning: '應用程式' },
  // Named by the guide's pictures, not by its path: not sent with the path.
  phone: { phone: { ...none, en: 'Phone' }, meaning: '電話' },
};

function deps(path: string): ComposeDeps {
  const tutorial = {
    title: 'FaceTime',
    checklist: { item: 'FaceTime is off', path },
    words,
  } as unknown as TutorialView;
  const advice = { hotlines: [], redFlags: [], scamNow: { title: '', steps: [] } } as unknown as SafetyAdviceView;
  return {
    settings: { centreName: 'Centre', region: 'HK', paperSize: 'A4' },
    tutorial: () => tutorial,
    topicTutorials: () => ['iphone-turn-off-facetime'],
    safety: () => advice,
    print: { redFlags: [], ifCalled: [], hotlines: {}, qr: { HK: [] } as never },
    savedPlan: () => ({ actions: [{ tutorialId: 'iphone-turn-off-facetime' }], completed: [] }),
    today: '2026-12-06',
  };
}

describe("the printed sheet's phone words", () => {
  it('go with each path that names them, with the phone language the visitor gave', () => {
    const sheet: ChecklistSheetRequest = { kind: 'personal', code: CODE, lang: 'zh-Hant', phone: 'en' };
    const view = composeSheet(sheet, deps('{{settings}} > {{apps}} > FaceTime'));
    expect(view.phone).toBe('en');
    expect(view.texts[0]?.todo[0]).toMatchObject({
      path: '{{settings}} > {{apps}} > FaceTime',
      words: { settings: words.settings, apps: words.apps },
    });
    expect(Object.keys(view.texts[0]?.todo[0]?.words ?? {})).toEqual(['settings', 'apps']);
  });

  it("are left out where the path names none, and 'unknown' is no phone language at all (the sheet as before)", () => {
    const view = composeSheet({ kind: 'handout', topic: 'iphone', lang: 'en', phone: 'unknown' }, deps('Settings'));
    expect(view).not.toHaveProperty('phone');
    expect(view.texts[0]?.todo[0]).not.toHaveProperty('words');
  });

  it("travel in the print page's address, and 'unknown' leaves the address as it was", () => {
    const sheet: ChecklistSheetRequest = { kind: 'personal', code: CODE, lang: 'ar', second: 'en', phone: 'zh-Hant' };
    const address = sheetPath(sheet);
    expect(address).toBe(`/print/checklist?code=${CODE}&lang=ar&second=en&phone=zh-Hant`);
    const [path = '', query = ''] = address.split('?');
    expect(parseSheetPath(path, `?${query}`)).toMatchObject({ success: true, data: sheet });
    expect(sheetPath({ kind: 'handout', topic: 'iphone', lang: 'ar', phone: 'unknown' })).toBe(
      '/print/handout?topic=iphone&lang=ar',
    );
    expect(parseSheetPath('/print/handout', '?topic=iphone&lang=ar&phone=klingon').success).toBe(false);
  });
});
