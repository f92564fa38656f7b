import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fontSizeOf, wrapChartLabel } from '../../../renderer/reports/chart-text.ts';

const font = "15px 'Noto Sans', 'Noto Sans TC', sans-serif";
const measure = (text: string) => estimateTextWidth(text, fontSizeOf(font));

describe('chart text widths (Node: no canvas, no font)', () => {
  it('counts Chinese characters and their punctuation one em, Latin and Arabic letters about half', () => {
    expect(estimateTextWidth('封鎖隱藏號碼', 15)).toBe(6 * 15);
    expect(estimateTextWidth('「電話」：', 10)).toBe(5 * 10);
    expect(estimateTextWidth('설정', 10)).toBe(20);
    const latin = estimateTextWidth('Opened', 10) / 6;
    expect(latin).toBeGreaterThan(0.55 * 10);
    expect(latin).toBeLessThan(0.7 * 10);
    const arabic = estimateTextWidth('مساعدة', 10) / 6;
    expect(arabic).toBeGreaterThan(0.45 * 10);
    expect(arabic).toBeLessThan(0.7 * 10);
    // A vowel mark sits on its letter: it adds no width.
    expect(estimateTextWidth('صفِّ', 10)).toBe(estimateTextWidth('صف', 10));
  });

  it('reads the size from a CSS font', () => {
    expect(fontSizeOf("normal normal 15px 'Noto Sans', sans-serif")).toBe(15);
    expect(fontSizeOf('10.5px sans-serif')).toBe(10.5);
  });
});

describe('wrapping a chart name', () => {
  it('breaks between Chinese characters, every line within the width, nothing lost', () => {
    const title = 'Google「電話」應用程式：過濾騷擾來電，封鎖隱藏號碼';
    const lines = wrapChartLabel(title, 200, font, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(200);
      // Never a comma, colon or closing bracket first, nor an opening bracket last.
      expect(line).not.toMatch(/^[，：」]/);
      expect(line).not.toMatch(/「$/);
    }
  });

  it('breaks Latin and Arabic names between words only', () => {
    for (const title of [
      'Check two-factor authentication on your Apple Account',
      'تطبيق الهاتف من Google: صفِّ المكالمات المزعجة واحظر الأرقام المخفية',
    ]) {
      const lines = wrapChartLabel(title, 150, font, measure);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(' ')).toBe(title);
      for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(150);
    }
  });

  it('keeps a name that fits on one line, and breaks a word wider than the line between its letters', () => {
    expect(wrapChartLabel('اكتشف مكالمة الفيديو المزيفة', 360, font, measure)).toEqual([
      'اكتشف مكالمة الفيديو المزيفة',
    ]);
    const lines = wrapChartLabel('Donaudampfschifffahrtsgesellschaft', 100, font, measure);
    expect(lines.join('')).toBe('Donaudampfschifffahrtsgesellschaft');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });
});
