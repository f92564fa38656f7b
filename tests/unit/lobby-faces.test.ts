import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { IntlMessageFormat } from 'intl-messageformat';
import postcss from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMON_FAMILIES, commonFaceList, commonFamilyName, inRanges } from '../../scripts/common-faces.ts';
import { faceValue, parseUnicodeRange } from '../../scripts/font-ranges.ts';
import { lobbyCodePoints, lobbyFaceList, lobbyFaces, lobbyFamilyName } from '../../scripts/lobby-faces.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/locales.ts';

/**
 * The lobby's own faces (scripts/lobby-faces.ts, issue 18): each script's faces cut down to the lobby's characters,
 * the only faces of the page's first style sheet. They must draw every lobby line in every language, exactly as the
 * Common families (and so fontsource's) draw it on the screens after: the same glyphs, the same widths, the same
 * shaping (Arabic's joined letters), the same line metrics.
 */
const REPO = join(import.meta.dirname, '..', '..');
const LOCALES_DIR = join(REPO, 'renderer', 'i18n', 'locales');
const points = lobbyCodePoints(LOCALES_DIR);

type Font = fontkit.Font;
interface Face {
  family: string;
  weight: number;
  ranges: [number, number][];
  file: string;
  font: Font;
}

function openFont(buffer: Buffer): Font {
  const font = fontkit.create(buffer);
  if (!('characterSet' in font)) throw new Error('a collection, not one font');
  return font;
}

/** The faces as the build writes them into lobby-fonts.css (in `sheetDir`), each read from its file. */
async function builtLobbyFaces(outDir: string, sheetDir: string): Promise<Face[]> {
  return (await lobbyFaces(points, outDir, sheetDir)).map((rule) => {
    const value = (prop: string) => faceValue(rule, prop) ?? '';
    const url = /^url\('([^']+\.woff2)'\) format\('woff2'\)$/.exec(value('src'))?.[1];
    if (!url) throw new Error(`a Lobby face without a woff2 file: ${value('src').slice(0, 80)}`);
    return {
      family: value('font-family').replaceAll("'", ''),
      weight: Number(value('font-weight')),
      ranges: parseUnicodeRange(value('unicode-range')),
      file: resolve(sheetDir, url),
      font: openFont(readFileSync(resolve(sheetDir, url))),
    };
  });
}

/** The Common families' faces for the lobby's characters, each opened from its fontsource file. */
function commonFaces(): Face[] {
  return COMMON_FAMILIES.flatMap((spec) =>
    commonFaceList(spec, points).map(({ weight, file, ranges }) => ({
      family: commonFamilyName(spec.family),
      weight,
      ranges,
      file,
      font: openFont(readFileSync(file)),
    })),
  );
}

const outDir = mkdtempSync(join(tmpdir(), 'safecall-lobby-faces-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const sheetDir = join(REPO, 'renderer', 'styles');
const lobby = await builtLobbyFaces(outDir, sheetDir);
const common = commonFaces();

/** app.css's family list for the lobby's text in `lang` (the `.attract` rules). */
function attractFamilies(lang: string): string[] {
  const css = postcss.parse(readFileSync(join(REPO, 'renderer', 'styles', 'app.css'), 'utf8'));
  let families: string | undefined;
  let fallback: string | undefined;
  css.walkRules((rule) => {
    const value = () => rule.nodes.find((n) => n.type === 'decl' && n.prop === 'font-family');
    if (rule.selectors.includes(`.attract :lang(${lang})`)) families = (value() as postcss.Declaration).value;
    if (rule.selector === '.attract') fallback ??= (value() as postcss.Declaration | undefined)?.value;
  });
  const list = families ?? fallback;
  if (!list) throw new Error('app.css sets no family for the lobby');
  return list.split(',').map((name) => name.trim().replaceAll("'", ''));
}

/** The face Chromium draws `point` with from `list`: the first family with a face whose range holds it. */
function drawing(faces: Face[], list: string[], weight: number, point: number): Face | undefined {
  for (const family of list) {
    const face = faces.findLast(
      (f) =>
        f.family === family && f.weight === weight && inRanges(point, f.ranges) && f.font.hasGlyphForCodePoint(point),
    );
    if (face) return face;
  }
  return undefined;
}

/** A locale's lobby lines, as shown: each message formatted as the kiosk formats it, for retention days that take
 * each of the language's plural forms. */
function lobbyLines(locale: Locale): string[] {
  const table = JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'ui.json'), 'utf8')) as {
    attract: Record<string, string>;
  };
  return Object.values(table.attract).flatMap((text) =>
    [1, 2, 3, 11, 90, 100].map((days) =>
      String(new IntlMessageFormat(text, LOCALE_INFO[locale].htmlLang).format({ days })),
    ),
  );
}

/** The glyphs a run of text is shaped into by `font`: each one's outline, advance and offsets (marks placed). */
function shaped(font: Font, text: string, direction: 'ltr' | 'rtl') {
  const run = font.layout(text, undefined, undefined, undefined, direction);
  return run.glyphs.map((glyph, i) => {
    const at = run.positions[i];
    return `${glyph.path.toSVG()} ${at?.xAdvance} ${at?.xOffset} ${at?.yOffset}`;
  });
}

describe('the lobby faces', () => {
  it("take every language's lobby strings, the retention days' digits included", () => {
    for (const character of '防請輕觸螢幕開始المس화면Touch0123456789')
      expect(points.has(character.codePointAt(0) ?? 0)).toBe(true);
  });

  it('are few and small files: a face or two per script and weight, a few kilobytes each', () => {
    expect(lobby.length).toBeLessThanOrEqual(30);
    const bytes = lobby.map((face) => statSync(face.file).size);
    expect(Math.max(...bytes)).toBeLessThan(25_000);
    expect(bytes.reduce((a, b) => a + b)).toBeLessThan(150_000);
    for (const face of lobby) expect(face.family.endsWith(' Lobby')).toBe(true);
  });

  it('are written once, named for their content: a second build finds the same files', async () => {
    const again = await builtLobbyFaces(outDir, sheetDir);
    expect(again.map((face) => face.file)).toEqual(lobby.map((face) => face.file));
    expect(readdirSync(outDir)).toHaveLength(lobby.length);
  });

  it('draw every lobby line in every language, with the glyphs and widths of the screens after the lobby', () => {
    const missing: string[] = [];
    const differ: string[] = [];
    for (const locale of LOCALES) {
      const lang = LOCALE_INFO[locale].htmlLang.split('-').slice(0, 2).join('-');
      const list = attractFamilies(lang);
      const lobbyList = list.filter((family) => family.endsWith(' Lobby'));
      const commonList = list.filter((family) => family.endsWith(' Common'));
      // The lobby's families come first, each the Common family of the same script.
      expect(list.slice(0, lobbyList.length), locale).toEqual(lobbyList);
      expect(
        lobbyList.map((f) => f.replace(/ Lobby$/, ' Common')),
        locale,
      ).toEqual(commonList);
      for (const weight of [400, 700])
        for (const character of new Set(lobbyLines(locale).join(''))) {
          const point = character.codePointAt(0) ?? 0;
          if (/\s/.test(character)) continue;
          const mine = drawing(lobby, lobbyList, weight, point);
          const theirs = drawing(common, commonList, weight, point);
          if (!mine) {
            missing.push(`${locale} ${weight} ${character}`);
            continue;
          }
          // The same family, and the same glyph from the same file, cut out.
          expect(mine.family.replace(/ Lobby$/, ' Common'), `${locale} ${character}`).toBe(theirs?.family);
          const [a, b] = [mine.font.glyphForCodePoint(point), theirs?.font.glyphForCodePoint(point)];
          if (a.path.toSVG() !== b?.path.toSVG() || a.advanceWidth !== b.advanceWidth)
            differ.push(`${locale} ${weight} ${character}`);
        }
    }
    expect(missing).toEqual([]);
    expect(differ).toEqual([]);
  });

  it('shape each line as the full faces do: Arabic letters joined, Latin kerned', () => {
    for (const locale of ['ar', 'en', 'vi'] as const) {
      const list = attractFamilies(LOCALE_INFO[locale].htmlLang);
      const lobbyList = list.filter((family) => family.endsWith(' Lobby'));
      const commonList = list.filter((family) => family.endsWith(' Common'));
      for (const line of lobbyLines(locale)) {
        // Each run of characters one face draws, shaped by the Lobby face and by the Common face it was cut from.
        const runs: { text: string; mine: Face; theirs: Face }[] = [];
        for (const character of line) {
          const point = character.codePointAt(0) ?? 0;
          const mine = drawing(lobby, lobbyList, 400, point);
          const theirs = drawing(common, commonList, 400, point);
          if (!mine || !theirs) throw new Error(`${locale}: nothing draws ${character}`);
          const last = runs.at(-1);
          if (last?.mine === mine) last.text += character;
          else runs.push({ text: character, mine, theirs });
        }
        for (const { text, mine, theirs } of runs)
          expect(shaped(mine.font, text, LOCALE_INFO[locale].dir), `${locale} "${text}"`).toEqual(
            shaped(theirs.font, text, LOCALE_INFO[locale].dir),
          );
      }
    }
  });

  it("keep each font's line metrics, so the lobby's lines are as tall as before", () => {
    // In lobbyFaceList's order, as lobbyFaces writes them: each with the fontsource file it was cut from.
    const sources = lobbyFaceList(points).map(({ file }) => openFont(readFileSync(file)));
    expect(sources).toHaveLength(lobby.length);
    lobby.forEach((face, i) => {
      const source = sources[i];
      const metrics = (font: Font | undefined) => {
        const os2 = font?.['OS/2'];
        return {
          unitsPerEm: font?.unitsPerEm,
          hhea: [font?.ascent, font?.descent, font?.lineGap],
          typo: [os2?.typoAscender, os2?.typoDescender, os2?.typoLineGap],
          win: [os2?.winAscent, os2?.winDescent],
        };
      };
      expect(metrics(face.font), `${face.family} ${face.weight}`).toEqual(metrics(source));
    });
  });

  it('is the Lobby family of each Common family', () => {
    expect(new Set(lobby.map((f) => f.family))).toEqual(
      new Set(COMMON_FAMILIES.map((spec) => lobbyFamilyName(spec.family))),
    );
  });
});
