import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import postcss from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMMON_FAMILIES,
  commonFacesSheet,
  commonFamilyName,
  complementOf,
  fontCodePoints,
  kioskSymbolPoints,
} from '../../scripts/common-faces.ts';
import { faceValue, parseUnicodeRange } from '../../scripts/lobby-faces.ts';

const REPO = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
const SYMBOL_DIRS = [join(REPO, 'renderer', 'i18n', 'locales'), join(REPO, 'content')];
const symbols = kioskSymbolPoints(SYMBOL_DIRS);
const sheetDir = join(REPO, 'renderer', 'styles');
const sheet = join(sheetDir, 'common-fonts.css');

interface Face {
  family: string;
  weight: string;
  file: string;
  ranges: [number, number][] | undefined;
}

/** The faces the build puts in common-fonts.css, with their files as paths. */
async function builtFaces(): Promise<Face[]> {
  const plugin = commonFacesSheet((file) => file === sheet, SYMBOL_DIRS);
  const css = (await postcss([plugin]).process(readFileSync(sheet, 'utf8'), { from: sheet })).css;
  const faces: Face[] = [];
  postcss.parse(css).walkAtRules('font-face', (face) => {
    const value = (prop: string) => faceValue(face, prop) ?? '';
    const url = /url\('([^']+)'\)/.exec(value('src'))?.[1] ?? '';
    const range = faceValue(face, 'unicode-range');
    faces.push({
      family: value('font-family').replaceAll("'", ''),
      weight: value('font-weight'),
      file: resolve(sheetDir, url),
      ranges: range === undefined ? undefined : parseUnicodeRange(range),
    });
  });
  return faces;
}

const faces = await builtFaces();
const glyphs = new Map<string, Set<number>>();
const pointsOf = (file: string) => glyphs.get(file) ?? glyphs.set(file, fontCodePoints(file)).get(file) ?? new Set();
const inRanges = (point: number, ranges: [number, number][]) => ranges.some(([a, b]) => point >= a && point <= b);

/** The face of `family` that Chromium picks for `point` (the last declared whose range holds it), if any. */
function drawnBy(family: string, weight: string, point: number): Face | undefined {
  return faces
    .filter((f) => f.family === family && f.weight === weight && (!f.ranges || inRanges(point, f.ranges)))
    .at(-1);
}

describe("each CJK language's Common family (one face per weight, and the punctuation it lacks)", () => {
  it('takes the punctuation, digits and symbols of the kiosk strings, and no letters', () => {
    for (const character of '，？（）：；。、「」0123456789')
      expect(symbols.has(character.codePointAt(0) ?? 0)).toBe(true);
    for (const character of 'A設设설ا') expect(symbols.has(character.codePointAt(0) ?? 0)).toBe(false);
  });

  it("starts each weight with fontsource's one-file subset, for every character Noto Sans does not claim", () => {
    for (const spec of COMMON_FAMILIES)
      for (const weight of ['400', '700']) {
        const first = faces.find((f) => f.family === commonFamilyName(spec.family) && f.weight === weight);
        expect(first?.file).toMatch(new RegExp(`${spec.subset}-${weight}-normal\\.woff2$`));
        const ranges = first?.ranges ?? [];
        // Han, Hangul and CJK punctuation are its; Latin letters, digits, quotes and the space stay Noto Sans's,
        // so they look as on the printed sheet and the line's metrics stay Noto Sans's.
        for (const character of '設设설。、「')
          expect(inRanges(character.codePointAt(0) ?? 0, ranges), `${spec.family} ${character}`).toBe(true);
        for (const character of ' Aé5“…')
          expect(inRanges(character.codePointAt(0) ?? 0, ranges), `${spec.family} ${character}`).toBe(false);
      }
  });

  it('draws every mark of the kiosk strings that a bundled CJK face has and Noto Sans does not claim', () => {
    const latin = parseUnicodeRange(
      [
        ...readFileSync(join(packageDir('@fontsource/noto-sans'), '400.css'), 'utf8').matchAll(
          /unicode-range:([^;]+);/g,
        ),
      ]
        .map((m) => m[1])
        .join(','),
    );
    // What any bundled CJK family can draw: every subset of each one's 400.css, as fonts.css imports them.
    const cjkGlyphs = new Set<number>();
    for (const spec of COMMON_FAMILIES) {
      const dir = packageDir(spec.pkg);
      for (const [, file = ''] of readFileSync(join(dir, '400.css'), 'utf8').matchAll(
        /url\(\.\/(files\/[^)]+\.woff2)\)/g,
      ))
        for (const point of pointsOf(join(dir, file))) cjkGlyphs.add(point);
    }
    const needed = [...symbols].filter((point) => cjkGlyphs.has(point) && !inRanges(point, latin));
    // Chinese text's full-width comma is one: the one-file subsets lack it.
    expect(needed).toContain(0xff0c);
    for (const spec of COMMON_FAMILIES)
      for (const weight of ['400', '700'])
        for (const point of needed) {
          const face = drawnBy(commonFamilyName(spec.family), weight, point);
          expect(face && pointsOf(face.file).has(point), `${spec.family} ${weight} U+${point.toString(16)}`).toBe(true);
        }
  });

  it('adds few faces, each only for characters the one-file subset lacks', () => {
    for (const spec of COMMON_FAMILIES) {
      const family = faces.filter((f) => f.family === commonFamilyName(spec.family));
      expect(family.length).toBeLessThanOrEqual(2 * 10);
      const whole = pointsOf(family[0]?.file ?? '');
      const wholeRanges = family[0]?.ranges ?? [];
      for (const face of family.filter((f) => !f.file.includes(`-${spec.subset}-`)))
        for (const [from, to] of face.ranges ?? [])
          for (let point = from; point <= to; point++)
            expect(whole.has(point) && inRanges(point, wholeRanges)).toBe(false);
    }
  });
});

describe('complementOf', () => {
  it('gives the code points no range holds, overlaps and touching ranges included', () => {
    expect(
      complementOf([
        [0x41, 0x5a],
        [0, 0x1f],
        [0x50, 0x60],
        [0x61, 0x61],
      ]),
    ).toEqual([
      [0x20, 0x40],
      [0x62, 0x10ffff],
    ]);
    expect(complementOf([])).toEqual([[0, 0x10ffff]]);
  });
});

describe('kioskSymbolPoints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safecall-common-faces-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads JSON and YAML files only, however deep', () => {
    mkdirSync(join(dir, 'deeper'));
    writeFileSync(join(dir, 'a.json'), '{"x": "好，"}');
    writeFileSync(join(dir, 'deeper', 'b.yaml'), 'x: 好；');
    writeFileSync(join(dir, 'c.txt'), '？');
    expect([...kioskSymbolPoints([dir])].map((p) => String.fromCodePoint(p)).sort()).toEqual(
      ['"', ':', '{', '}', '，', '；'].sort(),
    );
  });
});
