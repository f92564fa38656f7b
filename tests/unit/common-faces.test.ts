import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMMON_FAMILIES,
  commonFacesSheet,
  commonFamilyName,
  complementOf,
  fontCodePoints,
  isSymbol,
  kioskCodePoints,
  subsetFaces,
} from '../../scripts/common-faces.ts';
import { faceValue, parseUnicodeRange } from '../../scripts/font-ranges.ts';

/**
 * The Common families the build puts in common-fonts.css (scripts/common-faces.ts, issue 18): each script's text
 * laid out against a face or two per weight, drawn as fontsource's full families draw it.
 */
const REPO = join(import.meta.dirname, '..', '..');
const STRING_DIRS = [join(REPO, 'renderer', 'i18n', 'locales'), join(REPO, 'content')];
const kioskPoints = kioskCodePoints(STRING_DIRS);
const sheetDir = join(REPO, 'renderer', 'styles');
const sheet = join(sheetDir, 'common-fonts.css');
type Ranges = [number, number][];

interface Face {
  family: string;
  weight: string;
  file: string;
  ranges: Ranges | undefined;
}

/** The faces the build puts in common-fonts.css, with their files as paths. */
async function builtFaces(): Promise<Face[]> {
  const plugin = commonFacesSheet((file) => file === sheet, STRING_DIRS);
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
const inRanges = (point: number, ranges: Ranges) => ranges.some(([a, b]) => point >= a && point <= b);
const WEIGHTS = ['400', '700'];

/** The face of `family` Chromium picks for `point`: the last declared whose range holds it. */
function drawnBy(family: string, weight: string, point: number): Face | undefined {
  return faces
    .filter((f) => f.family === family && f.weight === weight && (!f.ranges || inRanges(point, f.ranges)))
    .at(-1);
}

/** Each of `points`, in each weight, is drawn by a face of `family`'s Common family that has its glyph. */
function expectDrawn(family: string, points: readonly number[]) {
  for (const weight of WEIGHTS)
    for (const point of points) {
      const face = drawnBy(commonFamilyName(family), weight, point);
      expect(face && fontCodePoints(face.file).has(point), `${family} ${weight} U+${point.toString(16)}`).toBe(true);
    }
}

/** Whether some face of a fontsource package (one weight) has a glyph for `point` and claims it. */
function packageDraws(pkg: string, point: number): boolean {
  return subsetFaces(pkg, 400).some((f) => f.ranges && inRanges(point, f.ranges) && fontCodePoints(f.file).has(point));
}

const ownRanges = COMMON_FAMILIES.filter((spec) => spec.baseRange === 'own');
const cjk = COMMON_FAMILIES.filter((spec) => spec.baseRange === 'not-noto-sans');
const notoSansClaims = subsetFaces('@fontsource/noto-sans', 400).flatMap((f) => f.ranges ?? []);
const at = (character: string) => character.codePointAt(0) ?? 0;

describe('the Common families', () => {
  it('are one for Latin text, one for Arabic and one for each CJK language', () => {
    expect(COMMON_FAMILIES.map((spec) => spec.family)).toEqual([
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans TC',
      'Noto Sans SC',
      'Noto Sans KR',
    ]);
  });

  it("start Noto Sans and Noto Sans Arabic Common with fontsource's faces for their script, as fontsource gives them", () => {
    expect(ownRanges.map((spec) => [spec.family, spec.base])).toEqual([
      ['Noto Sans', ['latin']],
      ['Noto Sans Arabic', ['arabic', 'latin']],
    ]);
    for (const spec of ownRanges)
      for (const weight of WEIGHTS) {
        const own = subsetFaces(spec.pkg, Number(weight));
        const family = faces.filter((f) => f.family === commonFamilyName(spec.family) && f.weight === weight);
        spec.base.forEach((kind, i) => {
          const file = `${spec.pkg.replace('@fontsource/', '')}-${kind}-${weight}-normal.woff2`;
          expect(family[i]?.file.endsWith(file), `${spec.family} ${file}`).toBe(true);
          expect(family[i]?.ranges).toEqual(own.find((f) => f.file.endsWith(file))?.ranges);
        });
        // The space is in the last of them, as in fontsource's family: the line's metrics are the same face's.
        expect(inRanges(0x20, family[spec.base.length - 1]?.ranges ?? [])).toBe(true);
      }
  });

  it("start each CJK family with fontsource's one-file subset, for every character Noto Sans does not claim", () => {
    for (const spec of cjk)
      for (const weight of WEIGHTS) {
        const first = faces.find((f) => f.family === commonFamilyName(spec.family) && f.weight === weight);
        expect(first?.file).toMatch(new RegExp(`${spec.base[0] ?? '?'}-${weight}-normal\\.woff2$`));
        const ranges = first?.ranges ?? [];
        // Han, Hangul and CJK punctuation are its; Latin letters, digits, quotes and the space stay Noto Sans's,
        // so they look as on the printed sheet and the line's metrics stay Noto Sans's.
        for (const character of '設设설。、「')
          expect(inRanges(at(character), ranges), `${spec.family} ${character}`).toBe(true);
        for (const character of ' Aé5“…')
          expect(inRanges(at(character), ranges), `${spec.family} ${character}`).toBe(false);
      }
  });

  it('draw every character of the kiosk strings that their full family draws, from a face with its glyph (Latin, Arabic)', () => {
    for (const spec of ownRanges) {
      const needed = [...kioskPoints].filter((point) => packageDraws(spec.pkg, point));
      // Vietnamese letters are among Noto Sans's, and fontsource's latin face lacks them.
      expect(needed).toContain(spec.family === 'Noto Sans' ? at('ế') : at('ع'));
      expectDrawn(spec.family, needed);
    }
  });

  it('draw every mark of the kiosk strings that a CJK face has and Noto Sans does not claim (CJK)', () => {
    const needed = [...kioskPoints].filter(
      (point) =>
        isSymbol(point) && !inRanges(point, notoSansClaims) && cjk.some((spec) => packageDraws(spec.pkg, point)),
    );
    // Chinese text's full-width comma is one: the one-file subsets lack it.
    expect(needed).toContain(at('，'));
    for (const spec of cjk) expectDrawn(spec.family, needed);
  });

  it('add few faces, each narrowed to characters the first faces do not draw', () => {
    for (const spec of COMMON_FAMILIES)
      for (const weight of WEIGHTS) {
        const family = faces.filter((f) => f.family === commonFamilyName(spec.family) && f.weight === weight);
        expect(family.length, spec.family).toBeLessThanOrEqual(10);
        const bases = family.slice(0, spec.base.length);
        for (const face of family.slice(spec.base.length))
          for (const [from, to] of face.ranges ?? [])
            for (let point = from; point <= to; point++)
              for (const base of bases)
                expect(
                  inRanges(point, base.ranges ?? []) && fontCodePoints(base.file).has(point),
                  `${spec.family} U+${point.toString(16)}`,
                ).toBe(false);
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

describe('the kiosk strings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safecall-common-faces-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are read from JSON and YAML files, however deep, every character but spaces', () => {
    mkdirSync(join(dir, 'deeper'));
    writeFileSync(join(dir, 'a.json'), '{"x": "好，"}');
    writeFileSync(join(dir, 'deeper', 'b.yaml'), 'x: 好；');
    writeFileSync(join(dir, 'c.txt'), '？');
    expect([...kioskCodePoints([dir])].map((p) => String.fromCodePoint(p)).sort()).toEqual(
      ['"', ':', '{', '}', 'x', '好', '，', '；'].sort(),
    );
  });

  it('tell punctuation, digits and symbols from letters', () => {
    for (const character of '，？（）：；。、「」0123456789%') expect(isSymbol(at(character)), character).toBe(true);
    for (const character of 'A設设설اế') expect(isSymbol(at(character)), character).toBe(false);
  });
});
