import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { coversAny, faceValue, lobbyCodePoints, lobbyFacesOnly, parseUnicodeRange } from '../../scripts/lobby-faces.ts';

const REPO = join(import.meta.dirname, '..', '..');
const points = lobbyCodePoints(join(REPO, 'renderer', 'i18n', 'locales'));
/** fontsource's faces for every family fonts.css imports, as the build sees them after @import. */
const FACE_FILES = ['noto-sans', 'noto-sans-tc', 'noto-sans-sc', 'noto-sans-kr', 'noto-sans-arabic'].flatMap((family) =>
  ['400', '700'].map((weight) => join(REPO, 'node_modules', '@fontsource', family, `${weight}.css`)),
);
const allFaces = FACE_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');

/** For each (family, weight, code point) of the lobby: the font files that may draw it. */
function drawers(css: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  postcss.parse(css).walkAtRules('font-face', (face) => {
    const value = (prop: string) => faceValue(face, prop);
    const range = value('unicode-range');
    const ranges = range === undefined ? [[0, 0x10ffff] as const] : parseUnicodeRange(range);
    for (const point of points) {
      if (!ranges.some(([from, to]) => point >= from && point <= to)) continue;
      const key = `${value('font-family')} ${value('font-weight')} U+${point.toString(16)}`;
      map.set(key, [...(map.get(key) ?? []), value('src') ?? '']);
    }
  });
  return map;
}

describe('the lobby style sheet keeps the faces of the lobby strings', () => {
  it('reads unicode-range as CSS does: single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0-FF, U+131,U+4E00-9FFF, u+30??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x9fff],
      [0x3000, 0x30ff],
    ]);
    expect(coversAny('U+4E00-9FFF', new Set([0x41]))).toBe(false);
    expect(coversAny('U+4E00-9FFF', new Set([0x41, 0x9632]))).toBe(true);
    expect(coversAny(undefined, new Set([0x41]))).toBe(true);
    expect(() => parseUnicodeRange('U+XYZ')).toThrow(/unicode-range/);
  });

  it("takes every language's lobby strings, the retention days' digits included", () => {
    for (const character of '防請輕觸螢幕開始المس화면Touch0123456789')
      expect(points.has(character.codePointAt(0) ?? 0)).toBe(true);
  });

  it('drops most faces, and for every lobby character keeps exactly the faces fonts.css has for it', async () => {
    const plugin = lobbyFacesOnly(() => true, points);
    const lobby = (await postcss([plugin]).process(allFaces, { from: 'lobby-fonts.css' })).css;
    const count = (css: string) => css.match(/@font-face/g)?.length ?? 0;
    expect(count(lobby)).toBeLessThan(count(allFaces) / 3);
    expect(drawers(lobby)).toEqual(drawers(allFaces));
  });

  it('the rest, loaded after the lobby, has every other face, and together they draw each character as fonts.css does', async () => {
    const plugin = lobbyFacesOnly(
      (file) => file.endsWith('lobby-fonts.css'),
      points,
      (file) => file.endsWith('later-fonts.css'),
    );
    const lobby = (await postcss([plugin]).process(allFaces, { from: 'lobby-fonts.css' })).css;
    const rest = (await postcss([plugin]).process(allFaces, { from: 'later-fonts.css' })).css;
    interface Face {
      text: string;
      key: string;
      ranges: [number, number][];
    }
    const faces = (css: string) => {
      const list: Face[] = [];
      postcss.parse(css).walkAtRules('font-face', (face) => {
        const value = (prop: string) => faceValue(face, prop);
        const range = value('unicode-range');
        list.push({
          text: face.toString(),
          key: [value('font-family'), value('font-weight'), value('font-style')].join('|'),
          ranges: range === undefined ? [[0, 0x10ffff]] : parseUnicodeRange(range),
        });
      });
      return list;
    };
    const all = faces(allFaces);
    const both = [...faces(lobby), ...faces(rest)];
    // Every face of fonts.css is declared; the few declared twice are lobby faces that must stay last.
    expect(new Set(both.map((f) => f.text))).toEqual(new Set(all.map((f) => f.text)));
    expect(both.length - all.length).toBeLessThan(all.length / 20);
    // The face that draws a character is the last one declared that covers it, as in fonts.css. Checked at every
    // range's ends (where two ranges overlap, one starts inside the other) and at every lobby character.
    const byKey = (list: Face[]) => Map.groupBy(list, (f) => f.key);
    const drawer = (list: Face[] | undefined, point: number) =>
      list?.findLast((f) => f.ranges.some(([from, to]) => point >= from && point <= to))?.text;
    const [allByKey, bothByKey] = [byKey(all), byKey(both)];
    const differ: string[] = [];
    for (const [key, list] of allByKey)
      for (const point of new Set([...points, ...list.flatMap((f) => f.ranges.flat())]))
        if (drawer(bothByKey.get(key), point) !== drawer(list, point)) differ.push(`${key} U+${point.toString(16)}`);
    expect(differ).toEqual([]);
  });

  it('leaves every other style sheet alone', async () => {
    const plugin = lobbyFacesOnly((file) => file.endsWith('lobby-fonts.css'), points);
    const other = (await postcss([plugin]).process(allFaces, { from: 'fonts.css' })).css;
    expect(other).toBe(allFaces);
  });
});
