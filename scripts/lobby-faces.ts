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

/**
 * PostCSS: in the style sheets `isLobby` names, drops every @font-face that draws none of `points`; in those
 * `isRest` names (the rest of fonts.css, loaded after the lobby), drops every one that does, as the lobby's
 * sheet has them already. The two together declare each face of fonts.css once: declared twice, each
 * character of every later screen was matched against both copies, and a slow PC's taps paid for it in layout
 * (issue 18). Runs after @import is inlined (Vite does that first), so it sees fontsource's rules.
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
      root.walkAtRules('font-face', (face: AtRule) => {
        let range: string | undefined;
        face.walkDecls('unicode-range', (decl) => {
          range = decl.value;
        });
        if (coversAny(range, points) !== lobby) face.remove();
      });
    },
  };
}
