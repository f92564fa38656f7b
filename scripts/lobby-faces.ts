import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtRule, Plugin as PostcssPlugin } from 'postcss';

/**
 * The lobby's own font faces (issue 18), decided at build time. The kiosk's fonts.css holds about a thousand
 * @font-face rules (each CJK face is a hundred unicode-range subsets in two weights): parsing them and matching
 * text against them cost the cold start about 400 ms of its first frame. The lobby shows a few dozen sentences
 * (the `attract` strings of every language), so the page's first style sheet carries only the faces whose
 * unicode-range covers a character of those, the very rules fonts.css has for them: no lobby character is ever
 * drawn in a fallback face. The rest of fonts.css comes while the lobby waits (renderer/styles/all-fonts.ts).
 */

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

/** A CSS unicode-range (`U+0-FF, U+4E00-9FFF, U+30??`) as inclusive [from, to] pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const token = part.trim().replace(/^u\+/i, '');
    if (token.includes('?')) {
      return [Number.parseInt(token.replaceAll('?', '0'), 16), Number.parseInt(token.replaceAll('?', 'F'), 16)];
    }
    const [from = '', to = from] = token.split('-');
    const range: [number, number] = [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    if (range.some(Number.isNaN)) throw new Error(`Not a unicode-range: ${value}`);
    return range;
  });
}

/** Whether a face with this unicode-range (none: every character) would draw any of `points`. */
export function coversAny(unicodeRange: string | undefined, points: ReadonlySet<number>): boolean {
  if (unicodeRange === undefined) return true;
  const ranges = parseUnicodeRange(unicodeRange);
  for (const point of points) if (ranges.some(([from, to]) => point >= from && point <= to)) return true;
  return false;
}

/** An @font-face rule's value for `prop` (its last, as CSS reads it), or undefined where it has none. */
export function faceValue(face: AtRule, prop: string): string | undefined {
  let found: string | undefined;
  face.walkDecls(prop, (decl) => {
    found = decl.value;
  });
  return found;
}

/**
 * PostCSS: in the style sheets `isLobby` names, drops every @font-face that draws none of `points`; in those
 * `isRest` names (the rest of fonts.css, loaded after the lobby), drops every one the lobby's sheet has already,
 * so a later screen's text is not matched against two copies of a face (a slow PC's taps paid for that in
 * layout, issue 18). One exception keeps fonts.css's own choice of face: where two faces of one family overlap
 * (fontsource's subsets share a few characters: combining accents, joiners, some currency signs), the one
 * declared last draws them. A lobby face declared in fonts.css after an overlapping face of the rest is
 * declared again after it in the rest's sheet, so it still comes last. Runs after @import is inlined (Vite does
 * that first), so it sees fontsource's rules.
 */
export function lobbyFacesOnly(
  isLobby: (file: string) => boolean,
  points: ReadonlySet<number>,
  isRest: (file: string) => boolean = () => false,
): PostcssPlugin {
  return {
    postcssPlugin: 'safecall-lobby-faces',
    Once(root) {
      const file = root.source?.input.file ?? '';
      const lobby = isLobby(file);
      if (!lobby && !isRest(file)) return;
      // For the rest's sheet: the ranges of the faces it keeps so far, by family, weight and style.
      const kept = new Map<string, [number, number][]>();
      root.walkAtRules('font-face', (face: AtRule) => {
        const value = (prop: string) => faceValue(face, prop);
        const range = value('unicode-range');
        const forLobby = coversAny(range, points);
        if (lobby) {
          if (!forLobby) face.remove();
          return;
        }
        const key = [value('font-family'), value('font-weight'), value('font-style')].join('|');
        const ranges = range === undefined ? [[0, 0x10ffff] as [number, number]] : parseUnicodeRange(range);
        const before = kept.get(key) ?? [];
        const overlaps = ranges.some(([from, to]) => before.some(([f, t]) => from <= t && f <= to));
        if (forLobby && !overlaps) {
          face.remove();
          return;
        }
        kept.set(key, [...before, ...ranges]);
      });
    },
  };
}
