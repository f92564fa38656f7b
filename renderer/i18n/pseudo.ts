/**
 * The pseudo-locale: every UI string accented and made about 40% longer, inside ⟦ ⟧. Screens drawn
 * with it show at a glance where a longer language would be clipped, and any text that did not come
 * through i18next (it stays plain). Only tests turn it on (window.__SAFECALL_PSEUDO__ before load).
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ř',
  s: 'š',
  t: 'ť',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ř',
  S: 'Š',
  T: 'Ť',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/**
 * Accents the words of an ICU message and pads it, leaving its syntax alone: text sits at even brace
 * depth ("Step {current} of {total}", or inside a plural branch "{n, plural, one {# day}}"), argument
 * names and keywords at odd depth.
 */
export function pseudoMessage(message: string): string {
  let depth = 0;
  let out = '';
  let letters = 0;
  for (const ch of message) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    const isText = depth % 2 === 0 && ch !== '{' && ch !== '}';
    if (isText && /\p{L}/u.test(ch)) letters++;
    out += isText ? (ACCENTS[ch] ?? ch) : ch;
  }
  return `⟦${out}${'·'.repeat(Math.ceil(letters * 0.4))}⟧`;
}

export function pseudoTable(table: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoMessage(value) : pseudoTable(value as Record<string, unknown>),
    ]),
  );
}
