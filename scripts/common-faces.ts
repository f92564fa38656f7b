import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import postcss, { type AtRule, type Plugin as PostcssPlugin } from 'postcss';
import { faceValue, parseUnicodeRange } from './font-ranges.ts';

/**
 * One face per weight for each script's common characters (issue 18), decided at build time.
 *
 * fontsource splits each face into unicode-range subsets (Noto Sans into eight, each Chinese and Korean face into
 * a hundred), so a page fetches only the files its characters need. But Chromium lays text out against every face
 * of a family: each time text is set at a size it has not set lately, it builds font data for every face, and it
 * drops that data again when other sizes and scripts have come between (a lobby that turns through eight
 * scripts). Laying out a guide step at sizes not set before (tests/bench, full speed, median):
 *
 * | guide step | fontsource's families | with the Common families |
 * |---|---|---|
 * | 繁體中文 | 47 ms | 16 ms |
 * | English | 14–18 ms | 7–10 ms |
 * | العربية | 17 ms | 10 ms |
 *
 * So the text is set first in a family `<family> Common` (app.css):
 * - Noto Sans Common: fontsource's `latin` face (its own unicode-range), then, for each other character of the
 *   kiosk's strings that Noto Sans draws (Vietnamese letters, a dash), the Noto Sans face that draws it, its
 *   unicode-range narrowed to those characters.
 * - Noto Sans Arabic Common: fontsource's `arabic` and `latin` faces of Noto Sans Arabic, then the same narrowing.
 * - Noto Sans TC / SC / KR Common: fontsource's one file of the language's characters (`chinese-traditional`:
 *   6,606 of them, about 1 MB), for every character Noto Sans does not claim, so Latin letters, digits and quotes
 *   in Chinese text still come from Noto Sans, as before and as on the printed sheet; then, narrowed the same way,
 *   the punctuation and symbols of the kiosk's strings that file lacks (the full-width ，？ of Chinese text, the
 *   、。 Korean uses), from the language's own subsets or another CJK family's.
 * The full families follow in each list: a character none of these draws (a rare letter, a content pack's new
 * mark) is still drawn by a bundled face, only more slowly.
 */

export interface CommonFamily {
  /** The fontsource family, e.g. 'Noto Sans TC'. */
  family: string;
  /** Its npm package. */
  pkg: string;
  /**
   * The fontsource files the family starts with, in fontsource's order (the last declared wins where ranges
   * overlap): `noto-sans-tc-<base>-400-normal.woff2`.
   */
  base: readonly string[];
  /**
   * What the base faces draw: the characters fontsource's own rules give them (`latin`), or every character
   * Noto Sans does not claim (a one-file language subset, whose rule has no unicode-range).
   */
  baseRange: 'own' | 'not-noto-sans';
  /** Which of the kiosk's characters the family takes beyond its base: all, or punctuation, digits and symbols. */
  takes: 'all' | 'symbols';
  /** Where those come from, first that has each: the family's own package, then these. */
  donors: readonly string[];
}

const CJK = ['@fontsource/noto-sans-tc', '@fontsource/noto-sans-sc', '@fontsource/noto-sans-kr'];
const cjk = (family: string, pkg: string, base: string): CommonFamily => ({
  family,
  pkg,
  base: [base],
  baseRange: 'not-noto-sans',
  takes: 'symbols',
  donors: CJK.filter((other) => other !== pkg),
});

export const COMMON_FAMILIES: readonly CommonFamily[] = [
  { family: 'Noto Sans', pkg: '@fontsource/noto-sans', base: ['latin'], baseRange: 'own', takes: 'all', donors: [] },
  // Arabic text's Latin letters, digits and spaces come from Noto Sans Arabic's own latin face, as before.
  {
    family: 'Noto Sans Arabic',
    pkg: '@fontsource/noto-sans-arabic',
    base: ['arabic', 'latin'],
    baseRange: 'own',
    takes: 'all',
    donors: [],
  },
  cjk('Noto Sans TC', '@fontsource/noto-sans-tc', 'chinese-traditional'),
  cjk('Noto Sans SC', '@fontsource/noto-sans-sc', 'chinese-simplified'),
  cjk('Noto Sans KR', '@fontsource/noto-sans-kr', 'korean'),
];

/** The weights the kiosk sets text in (as fonts.css imports them). */
const WEIGHTS = [400, 700] as const;

export const commonFamilyName = (family: string) => `${family} Common`;

const require = createRequire(import.meta.url);
export const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

export type Ranges = [number, number][];
export const inRanges = (point: number, ranges: Ranges) => ranges.some(([from, to]) => point >= from && point <= to);

/** The files under `dir`, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every character of the kiosk's own strings (UI tables and content, every language), as code points. */
export function kioskCodePoints(dirs: readonly string[]): Set<number> {
  const points = new Set<number>();
  for (const dir of dirs)
    for (const file of filesUnder(dir).filter((f) => /\.(json|ya?ml)$/.test(f)))
      for (const character of readFileSync(file, 'utf8'))
        if (character.trim()) points.add(character.codePointAt(0) ?? 0);
  return points;
}

/** Punctuation, digits and symbols: what a language's one-file subset may lack though its text uses it. */
export const isSymbol = (point: number) => /[\p{P}\p{S}\p{N}]/u.test(String.fromCodePoint(point));

const glyphCache = new Map<string, Set<number>>();

/** The characters a font file has glyphs for. */
export function fontCodePoints(file: string): Set<number> {
  const known = glyphCache.get(file);
  if (known) return known;
  const font = fontkit.openSync(file);
  if (!('characterSet' in font)) throw new Error(`${file} is a collection, not one font`);
  const points = new Set(font.characterSet);
  glyphCache.set(file, points);
  return points;
}

interface SubsetFace {
  /** The face's woff2 file. */
  file: string;
  /** Its unicode-range; none: every character. */
  ranges: Ranges | undefined;
}

/** A fontsource weight's faces, in the order its style sheet declares them. */
export function subsetFaces(pkg: string, weight: number): SubsetFace[] {
  const cssFile = join(packageDir(pkg), `${weight}.css`);
  const faces: SubsetFace[] = [];
  postcss.parse(readFileSync(cssFile, 'utf8')).walkAtRules('font-face', (face) => {
    const match = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(faceValue(face, 'src') ?? '');
    if (!match?.[1]) throw new Error(`A fontsource face without a woff2 source: ${face.toString().slice(0, 200)}`);
    const range = faceValue(face, 'unicode-range');
    faces.push({
      file: join(dirname(cssFile), match[1]),
      ranges: range === undefined ? undefined : parseUnicodeRange(range),
    });
  });
  return faces;
}

/** Every unicode-range of Noto Sans's faces: the characters it claims. */
const notoSansRanges = (): Ranges => subsetFaces('@fontsource/noto-sans', 400).flatMap((face) => face.ranges ?? []);

/** The code points none of `ranges` holds, as ranges. */
export function complementOf(ranges: readonly [number, number][]): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

const hex = (point: number) => point.toString(16).toUpperCase();
const cssRanges = (ranges: Ranges) =>
  ranges.map(([from, to]) => `U+${hex(from)}${to > from ? `-${hex(to)}` : ''}`).join(', ');

/**
 * For each of `points`: the face that draws it, from the first package of `packages` that can. Within a family,
 * as Chromium picks: the last declared whose unicode-range holds it, and by glyph, not by range alone (fontsource's
 * ranges are Google's slicing, and a subset may claim a character it has no glyph for: ⋮ in every CJK family
 * here). Faces in declaration order, each with the points it draws.
 */
function facesDrawing(points: Iterable<number>, packages: readonly string[], weight: number) {
  const families = packages.map((pkg) => subsetFaces(pkg, weight));
  const drawing = groupByFace(points, families.flat(), (point) =>
    families.map((faces) => faceDrawing(faces, point)).find((face) => face !== undefined),
  );
  return drawing.map(({ face, points: drawn }) => ({ file: face.file, points: drawn }));
}

/**
 * The face Chromium draws `point` with, within one family: the last declared whose unicode-range holds it, and
 * by glyph, not by range alone. A face with no unicode-range (a one-file subset) is never picked here.
 */
export function faceDrawing<F extends { file: string; ranges: Ranges | undefined }>(
  faces: readonly F[],
  point: number,
): F | undefined {
  return faces.findLast(
    (f) => f.ranges !== undefined && inRanges(point, f.ranges) && fontCodePoints(f.file).has(point),
  );
}

/** `points` grouped by the face `pick` gives each (none: left out), the faces in the order of `faces`. */
export function groupByFace<F>(
  points: Iterable<number>,
  faces: readonly F[],
  pick: (point: number) => F | undefined,
): { face: F; points: number[] }[] {
  const drawing = new Map<F, number[]>();
  for (const point of points) {
    const face = pick(point);
    if (face) drawing.set(face, [...(drawing.get(face) ?? []), point]);
  }
  return faces.flatMap((face) => {
    const drawn = drawing.get(face);
    return drawn ? [{ face, points: drawn.sort((a, b) => a - b) }] : [];
  });
}

/** One face of a Common family: a fontsource file and the characters it is to draw. */
export interface CommonFace {
  weight: number;
  file: string;
  ranges: Ranges;
}

/** The faces of one Common family that draw `kioskPoints`, in declaration order (the last declared wins). */
export function commonFaceList(spec: CommonFamily, kioskPoints: ReadonlySet<number>): CommonFace[] {
  const claimedByNotoSans = spec.baseRange === 'not-noto-sans' ? notoSansRanges() : [];
  const faces: CommonFace[] = [];
  for (const weight of WEIGHTS) {
    const bases = spec.base.map((kind) => {
      const file = join(
        packageDir(spec.pkg),
        'files',
        `${spec.pkg.replace('@fontsource/', '')}-${kind}-${weight}-normal.woff2`,
      );
      const ranges =
        spec.baseRange === 'own'
          ? subsetFaces(spec.pkg, weight).find((f) => f.file === file)?.ranges
          : complementOf(claimedByNotoSans);
      if (!ranges) throw new Error(`${spec.pkg} ${weight} has no face for ${file} with a unicode-range`);
      faces.push({ weight, file, ranges });
      return { ranges, glyphs: fontCodePoints(file) };
    });
    const rest = [...kioskPoints].filter(
      (point) =>
        (spec.takes === 'all' || isSymbol(point)) &&
        !inRanges(point, claimedByNotoSans) &&
        !bases.some(({ ranges, glyphs }) => inRanges(point, ranges) && glyphs.has(point)),
    );
    for (const { file, points } of facesDrawing(rest, [spec.pkg, ...spec.donors], weight))
      faces.push({ weight, file, ranges: points.map((point) => [point, point]) });
  }
  return faces;
}

/** An @font-face rule (font-display swap, normal style). */
export function fontFaceRule(family: string, weight: number, src: string, ranges: Ranges): AtRule {
  return postcss.atRule({ name: 'font-face' }).append(
    Object.entries({
      'font-family': `'${family}'`,
      'font-style': 'normal',
      'font-display': 'swap',
      'font-weight': String(weight),
      src,
      'unicode-range': cssRanges(ranges),
    }).map(([prop, value]) => postcss.decl({ prop, value })),
  );
}

/** The @font-face rules of one Common family, with `src` paths relative to `sheetDir`. */
export function commonFaces(spec: CommonFamily, kioskPoints: ReadonlySet<number>, sheetDir: string): AtRule[] {
  const url = (file: string) => `url('${relative(sheetDir, file).split('\\').join('/')}') format('woff2')`;
  return commonFaceList(spec, kioskPoints).map(({ weight, file, ranges }) =>
    fontFaceRule(commonFamilyName(spec.family), weight, url(file), ranges),
  );
}

/** PostCSS: fills the style sheet `isSheet` names (common-fonts.css) with every Common family. */
export function commonFacesSheet(isSheet: (file: string) => boolean, stringDirs: readonly string[]): PostcssPlugin {
  let points: Set<number> | undefined;
  return {
    postcssPlugin: 'safecall-common-faces',
    Once(root) {
      const file = root.source?.input.file ?? '';
      if (!isSheet(file)) return;
      points ??= kioskCodePoints(stringDirs);
      for (const spec of COMMON_FAMILIES)
        for (const rule of commonFaces(spec, points, dirname(file))) {
          // Vite resolves a url() against the file its declaration came from: this sheet.
          rule.source = root.source;
          rule.walkDecls((decl) => void (decl.source = root.source));
          root.append(rule);
        }
    },
  };
}
