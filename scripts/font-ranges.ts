import type { AtRule } from 'postcss';

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

/** An @font-face rule's value for `prop` (its last, as CSS reads it), or undefined where it has none. */
export function faceValue(face: AtRule, prop: string): string | undefined {
  let found: string | undefined;
  face.walkDecls(prop, (decl) => {
    found = decl.value;
  });
  return found;
}
