import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import postcss, { type AtRule, type Plugin as PostcssPlugin } from 'postcss';
import { coversAny, faceValue, parseUnicodeRange } from './lobby-faces.ts';

/**
 * One face per weight for a CJK language's common characters (issue 18), decided at build time.
 *
 * fontsource splits each Chinese and Korean face into a hundred unicode-range subsets, so a page fetches only
 * the files its characters need. But Chromium lays text out against every face of a family: each time text is
 * set at a size it has not set lately, it builds font data for each of the hundred faces, and it drops that data
 * again when other sizes and scripts have come between (a lobby that turns through eight scripts). Laying out a
 * 繁體中文 guide step at a new size took 38–54 ms at full speed with the subsets, 10–18 ms with one face, and
 * the one face's data stayed warm (tests/bench, layout of a guide screen; a slow PC pays four times as much).
 *
 * fontsource also ships each language's characters in one file (`chinese-traditional`: 6,606 of them, about
 * 1 MB). It lacks the full-width punctuation Chinese text is written with (，？（）) and the CJK punctuation
 * Korean uses, which would send every sentence back to the hundred faces. So each language gets a family
 * `<family> Common`: that file, and after it, for each punctuation mark, digit or symbol of the kiosk's own
 * strings the file lacks, the subset face that has it, its unicode-range narrowed to those characters. The
 * language's text is set in this family first (app.css); a rarer letter the file lacks is still drawn, by the
 * subsets that follow it in the list.
 */

export interface CommonFamily {
  /** The fontsource family, e.g. 'Noto Sans TC'. */
  family: string;
  /** Its npm package. */
  pkg: string;
  /** fontsource's one-file subset of the language's characters. */
  subset: string;
}

export const COMMON_FAMILIES: readonly CommonFamily[] = [
  { family: 'Noto Sans TC', pkg: '@fontsource/noto-sans-tc', subset: 'chinese-traditional' },
  { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc', subset: 'chinese-simplified' },
  { family: 'Noto Sans KR', pkg: '@fontsource/noto-sans-kr', subset: 'korean' },
];

/** The weights the kiosk sets text in (as fonts.css imports them). */
const WEIGHTS = [400, 700] as const;

export const commonFamilyName = (family: string) => `${family} Common`;

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** The files under `dir`, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Every punctuation mark, digit and symbol in the kiosk's own strings (UI tables and content, every language),
 * as code points. Letters are left out: they are what a language's one-file subset is made of, and a letter it
 * lacks is rare enough to be drawn from the subsets.
 */
export function kioskSymbolPoints(dirs: readonly string[]): Set<number> {
  const points = new Set<number>();
  for (const dir of dirs)
    for (const file of filesUnder(dir).filter((f) => /\.(json|ya?ml)$/.test(f)))
      for (const character of readFileSync(file, 'utf8'))
        if (/[\p{P}\p{S}\p{N}]/u.test(character)) points.add(character.codePointAt(0) ?? 0);
  return points;
}

/** The characters a font file has glyphs for. */
export function fontCodePoints(file: string): Set<number> {
  const font = fontkit.openSync(file);
  if (!('characterSet' in font)) throw new Error(`${file} is a collection, not one font`);
  return new Set(font.characterSet);
}

const cssPoints = (points: Iterable<number>) =>
  [...points]
    .sort((a, b) => a - b)
    .map((point) => `U+${point.toString(16).toUpperCase()}`)
    .join(', ');

/** The woff2 file a fontsource face's `src` names, as a path. */
function woff2Of(face: AtRule, cssDir: string): string {
  const match = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(faceValue(face, 'src') ?? '');
  if (!match?.[1]) throw new Error(`A fontsource face without a woff2 source: ${face.toString().slice(0, 200)}`);
  return join(cssDir, match[1]);
}

/** Every unicode-range of a fontsource style sheet's faces, as inclusive [from, to] pairs. */
function rangesIn(cssFile: string): [number, number][] {
  const ranges: [number, number][] = [];
  postcss.parse(readFileSync(cssFile, 'utf8')).walkAtRules('font-face', (face) => {
    const range = faceValue(face, 'unicode-range');
    if (range !== undefined) ranges.push(...parseUnicodeRange(range));
  });
  return ranges;
}

/** The code points none of `ranges` holds, as ranges. */
export function complementOf(ranges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

const cssRanges = (ranges: readonly [number, number][]) =>
  ranges
    .map(([from, to]) => `U+${from.toString(16).toUpperCase()}${to > from ? `-${to.toString(16).toUpperCase()}` : ''}`)
    .join(', ');

/**
 * The @font-face rules of one language's Common family, with `src` paths relative to `sheetDir`.
 *
 * 'Noto Sans' follows the family in the list and keeps every character its faces claim (Latin letters,
 * digits, quotes, dashes): the one-file face leaves those out of its unicode-range, so they look as before
 * and as on the printed sheet, and the first face that holds a space, whose metrics set the line, is still
 * Noto Sans. The marks the one-file face lacks come from the language's own subsets, or, for a mark those
 * lack too, from another bundled CJK family's.
 */
export function commonFaces(spec: CommonFamily, symbols: ReadonlySet<number>, sheetDir: string): AtRule[] {
  const fileOf = (pkg: string, kind: string, weight: number) =>
    join(packageDir(pkg), 'files', `${pkg.replace('@fontsource/', '')}-${kind}-${weight}-normal.woff2`);
  const url = (file: string) => `url('${relative(sheetDir, file).split('\\').join('/')}') format('woff2')`;
  const latin = rangesIn(join(packageDir('@fontsource/noto-sans'), '400.css'));
  const inRanges = (point: number, ranges: readonly [number, number][]) =>
    ranges.some(([from, to]) => point >= from && point <= to);
  // The subset's characters are the same in every weight.
  const has = fontCodePoints(fileOf(spec.pkg, spec.subset, 400));
  const missing = [...symbols].filter((point) => !has.has(point) && !inRanges(point, latin));
  const donors = [spec, ...COMMON_FAMILIES.filter((other) => other !== spec)];
  const family = `'${commonFamilyName(spec.family)}'`;
  const rules: AtRule[] = [];
  for (const weight of WEIGHTS) {
    const face = (decls: Record<string, string>) =>
      postcss.atRule({ name: 'font-face' }).append(
        Object.entries({
          'font-family': family,
          'font-style': 'normal',
          'font-display': 'swap',
          'font-weight': String(weight),
          ...decls,
        }).map(([prop, value]) => postcss.decl({ prop, value })),
      );
    rules.push(
      face({ src: url(fileOf(spec.pkg, spec.subset, weight)), 'unicode-range': cssRanges(complementOf(latin)) }),
    );
    const left = new Set(missing);
    for (const donor of donors) {
      const cssFile = join(packageDir(donor.pkg), `${weight}.css`);
      postcss.parse(readFileSync(cssFile, 'utf8')).walkAtRules('font-face', (subsetFace) => {
        const range = faceValue(subsetFace, 'unicode-range');
        if (range === undefined || !coversAny(range, left)) return;
        const ranges = parseUnicodeRange(range);
        // By glyph, not by range alone: fontsource's ranges are Google's slicing, and a subset may claim a
        // character it has no glyph for (⋮ in every CJK family here).
        const file = woff2Of(subsetFace, dirname(cssFile));
        const candidates = [...left].filter((point) => inRanges(point, ranges));
        const glyphs = candidates.length > 0 ? fontCodePoints(file) : new Set<number>();
        const drawn = candidates.filter((point) => glyphs.has(point));
        if (drawn.length === 0) return;
        // Each mark from one face only (fontsource's subsets of a family do not overlap on these).
        for (const point of drawn) left.delete(point);
        rules.push(face({ src: url(file), 'unicode-range': cssPoints(drawn) }));
      });
    }
  }
  return rules;
}

/** PostCSS: fills the style sheet `isSheet` names (common-fonts.css) with every language's Common family. */
export function commonFacesSheet(isSheet: (file: string) => boolean, symbolDirs: readonly string[]): PostcssPlugin {
  let symbols: Set<number> | undefined;
  return {
    postcssPlugin: 'safecall-common-faces',
    Once(root) {
      const file = root.source?.input.file ?? '';
      if (!isSheet(file)) return;
      symbols ??= kioskSymbolPoints(symbolDirs);
      for (const spec of COMMON_FAMILIES)
        for (const rule of commonFaces(spec, symbols, dirname(file))) {
          // Vite resolves a url() against the file its declaration came from: this sheet.
          rule.source = root.source;
          rule.walkDecls((decl) => void (decl.source = root.source));
          root.append(rule);
        }
    },
  };
}
