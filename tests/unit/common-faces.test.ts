import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import postcss from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMMON_FAMILIES,
  commonFacesSheet,
  commonFamilyName,
  fontCodePoints,
  kioskSymbolPoints,
} from '../../scripts/common-faces.ts';
import { faceValue, parseUnicodeRange } from '../../scripts/lobby-faces.ts';

const REPO = join(import.meta.dirname, '..', '..');
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

  it("starts each weight with fontsource's one-file subset of the language, for every character", () => {
    for (const spec of COMMON_FAMILIES)
      for (const weight of ['400', '700']) {
        const first = faces.find((f) => f.family === commonFamilyName(spec.family) && f.weight === weight);
        expect(first?.ranges, `${spec.family} ${weight}`).toBeUndefined();
        expect(first?.file).toMatch(new RegExp(`${spec.subset}-${weight}-normal\\.woff2$`));
      }
  });

  it('draws every punctuation mark of the kiosk strings the family has at all from a face that has its glyph', () => {
    for (const spec of COMMON_FAMILIES) {
      const family = commonFamilyName(spec.family);
      // What the family can draw at all: every subset of its 400.css, as fonts.css imports it.
      const packageDir = dirname(dirname(faces.find((f) => f.family === family)?.file ?? ''));
      const anyGlyph = new Set<number>();
      for (const [, file = ''] of readFileSync(join(packageDir, '400.css'), 'utf8').matchAll(
        /url\(\.\/(files\/[^)]+\.woff2)\)/g,
      ))
        for (const point of pointsOf(join(packageDir, file))) anyGlyph.add(point);
      const drawable = [...symbols].filter((point) => anyGlyph.has(point));
      // Chinese text's full-width comma and question mark are among them, and the one-file subsets lack them.
      expect(drawable).toContain(0xff0c);
      for (const weight of ['400', '700'])
        for (const point of drawable) {
          const face = drawnBy(family, weight, point);
          expect(face && pointsOf(face.file).has(point), `${family} ${weight} U+${point.toString(16)}`).toBe(true);
        }
    }
  });

  it('adds few faces, each only for characters the one-file subset lacks', () => {
    for (const spec of COMMON_FAMILIES) {
      const family = faces.filter((f) => f.family === commonFamilyName(spec.family));
      expect(family.length).toBeLessThanOrEqual(2 * 10);
      const whole = pointsOf(family[0]?.file ?? '');
      for (const face of family.slice(1))
        for (const [from, to] of face.ranges ?? [])
          for (let point = from; point <= to; point++) expect(whole.has(point)).toBe(false);
    }
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
