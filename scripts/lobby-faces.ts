import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { AtRule, Plugin as PostcssPlugin } from 'postcss';
import subsetFont from 'subset-font';
import { COMMON_FAMILIES, commonFaceList, faceDrawing, fontFaceRule, groupByFace } from './common-faces.ts';

/**
 * The lobby's own font faces (issue 18), made at build time. The lobby is the first screen of every start, so
 * the page's first style sheet carries its faces and nothing else. The lobby shows a few dozen sentences (the
 * `attract` strings of every language), so each face here is cut down, by HarfBuzz's subsetter, to the glyphs
 * of those characters: for each script's Common family (common-faces.ts) and weight, each of its faces that
 * draws a lobby character becomes a face of `<family> Lobby` holding just those, a few kilobytes. So a start
 * fetches a few small files, and lays the lobby out against a face or two per script instead of a couple of
 * hundred unicode-range subsets (before: 224 @font-face rules over 5 MB of files).
 * The glyphs, their metrics and the shaping rules for them are the fonts' own: the subsetter keeps every glyph a
 * kept character's shaping reaches (Arabic's joined forms) and the tables a line's height comes from.
 * app.css sets the lobby's text in these families first; the full families follow in its lists.
 */

export const lobbyFamilyName = (family: string) => `${family} Lobby`;

/** Every character of the lobby's strings in every language, as code points (ICU syntax included: harmless). */
export function lobbyCodePoints(localesDir: string): Set<number> {
  const points = new Set<number>();
  for (const locale of readdirSync(localesDir)) {
    const table = JSON.parse(readFileSync(join(localesDir, locale, 'ui.json'), 'utf8')) as Record<string, unknown>;
    const attract = table.attract;
    if (!attract || typeof attract !== 'object') throw new Error(`${locale}/ui.json has no "attract" strings`);
    for (const text of Object.values(attract)) {
      if (typeof text !== 'string') continue;
      for (const character of text) points.add(character.codePointAt(0) ?? 0);
    }
  }
  // The retention days are a number the settings choose.
  for (const digit of '0123456789') points.add(digit.codePointAt(0) ?? 0);
  return points;
}

/** One Lobby face: the fontsource file it was cut from, and the characters it has. */
export interface LobbyFace {
  family: string;
  weight: number;
  file: string;
  points: number[];
}

/**
 * Which face of each Common family draws each lobby character, as Chromium would choose within the family: the
 * last declared whose range holds it and that has its glyph. A character no face of a family draws is left to
 * the next family in app.css's list (Latin letters in Chinese text go to Noto Sans, as everywhere).
 */
export function lobbyFaceList(points: ReadonlySet<number>): LobbyFace[] {
  return COMMON_FAMILIES.flatMap((spec) => {
    const common = commonFaceList(spec, points);
    return [...new Set(common.map((face) => face.weight))].flatMap((weight) => {
      const ofWeight = common.filter((face) => face.weight === weight);
      return groupByFace(points, ofWeight, (point) => faceDrawing(ofWeight, point)).map(({ face, points: mine }) => ({
        family: spec.family,
        weight,
        file: face.file,
        points: mine,
      }));
    });
  });
}

/** A Lobby face as a file: its family and weight, where it was written, and the characters it has. */
interface CutFace {
  family: string;
  weight: number;
  out: string;
  points: number[];
}

/**
 * Each Lobby face cut to its characters and written as a woff2 file into `outDir`, named for its content, so a
 * build finds it there again. Written under a temporary name and then renamed, so a build cut short (or two at
 * once: the dev server and a bench floor) never leaves a truncated file for the next to reuse.
 */
async function cutFaces(points: ReadonlySet<number>, outDir: string): Promise<CutFace[]> {
  mkdirSync(outDir, { recursive: true });
  return Promise.all(
    lobbyFaceList(points).map(async ({ family, weight, file, points: mine }) => {
      const woff2 = await subsetFont(readFileSync(file), String.fromCodePoint(...mine), { targetFormat: 'woff2' });
      const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 12);
      const out = join(outDir, `${basename(file, '.woff2')}-lobby-${hash}.woff2`);
      if (!existsSync(out)) {
        const partial = `${out}.${process.pid}.partial`;
        writeFileSync(partial, woff2);
        renameSync(partial, out);
      }
      return { family, weight, out, points: mine };
    }),
  );
}

/** The faces' @font-face rules, each `src` relative to `sheetDir`, for Vite to bundle as it bundles fontsource's. */
function lobbyRules(faces: readonly CutFace[], sheetDir: string): AtRule[] {
  return faces.map(({ family, weight, out, points }) =>
    fontFaceRule(
      lobbyFamilyName(family),
      weight,
      `url('${relative(sheetDir, out).split('\\').join('/')}') format('woff2')`,
      points.map((point) => [point, point]),
    ),
  );
}

/**
 * The @font-face rules of the Lobby families, in the order of lobbyFaceList, their files in `outDir`. Files, not
 * data: URLs: the kiosk's CSP allows fonts from its own origin only (electron/core/security-headers.ts).
 */
export async function lobbyFaces(points: ReadonlySet<number>, outDir: string, sheetDir: string): Promise<AtRule[]> {
  return lobbyRules(await cutFaces(points, outDir), sheetDir);
}

/**
 * PostCSS: fills the style sheet `isSheet` names (lobby-fonts.css) with the Lobby families, their files in
 * `outDir`. The faces are cut once per process (a failure is tried again at the next build): the dev server
 * takes a change to the lobby's strings at its next start.
 */
export function lobbyFacesSheet(isSheet: (file: string) => boolean, localesDir: string, outDir: string): PostcssPlugin {
  let cut: Promise<CutFace[]> | undefined;
  return {
    postcssPlugin: 'safecall-lobby-faces',
    async Once(root) {
      const file = root.source?.input.file ?? '';
      if (!isSheet(file)) return;
      cut ??= cutFaces(lobbyCodePoints(localesDir), outDir);
      const faces = await cut.catch((error: unknown) => {
        cut = undefined;
        throw error;
      });
      for (const rule of lobbyRules(faces, dirname(file))) {
        // Vite resolves a url() against the file its declaration came from: this sheet.
        rule.source = root.source;
        rule.walkDecls((decl) => void (decl.source = root.source));
        root.append(rule);
      }
    },
  };
}
