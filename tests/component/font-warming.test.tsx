import { describe, expect, it } from 'vitest';
import { familyFor, warmFonts } from '../../renderer/flow/font-warming.ts';
// The kiosk's own style sheet and bundled faces, as renderer/main.tsx loads them.
import '../../renderer/styles/fonts.css';
import '../../renderer/styles/app.css';

/**
 * Font warming (issue 18) with the real style sheet and font files in Chromium: a language's family comes
 * from the CSS, and warming loads the files the given text needs, in both weights, and no others.
 */
describe('warming the fonts a text needs', () => {
  it('reads each language’s family from the style sheet', () => {
    expect(familyFor('zh-Hant-HK')).toContain('Noto Sans TC');
    expect(familyFor('ar')).toContain('Noto Sans Arabic');
    expect(familyFor('ko')).toContain('Noto Sans KR');
  });

  it('loads the files of exactly those characters, regular and bold, before any screen shows them', async () => {
    const tc = (weight: number) => `${weight} 16px 'Noto Sans TC'`;
    // 設定 (Settings) and a rare character that lives in another of the face's files.
    expect(document.fonts.check(tc(400), '設定')).toBe(false);
    expect(document.fonts.check(tc(700), '設定')).toBe(false);
    await warmFonts('zh-Hant-HK', ['打開設定', '設定']);
    expect(document.fonts.check(tc(400), '設定')).toBe(true);
    expect(document.fonts.check(tc(700), '設定')).toBe(true);
    expect(document.fonts.check(tc(400), '鬱')).toBe(false);
  });
});
