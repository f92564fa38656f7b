/**
 * Loads, ahead of the screens that show them, the font files a language's text needs (issue 18). The
 * kiosk's faces are split into unicode-range subsets (a Chinese face into a hundred files or more), and
 * Chromium fetches a subset only when a laid-out character needs it: without this, a step whose text holds
 * one new character waits for that file before its words appear in their face, and a change of language
 * waits for a dozen. The kiosk is offline and its files are local, so loading them early costs memory,
 * not a network.
 *
 * Which files is decided by the page's own CSS, not by file names: the family a language's text is set in
 * is read from the style sheet (`:lang(...)` rules), and `FontFaceSet.load(font, text)` loads exactly the
 * faces of those families whose unicode-range covers the text's characters, for whatever files the CSS
 * points at. Best effort: a file that fails to load is loaded again on demand, as before.
 */

/** The weights the kiosk sets text in: body text and bold headings and buttons. */
const WEIGHTS = [400, 700] as const;

const families = new WeakMap<Document, Map<string, string>>();

/** The font-family list the page's CSS gives text in `htmlLang`, e.g. "'Noto Sans TC Common', 'Noto Sans Common', …". */
export function familyFor(htmlLang: string, doc: Document = document): string {
  // Read once per language and document: the style sheet does not change while the page runs, and reading
  // a computed style makes the browser bring the page's styles up to date first.
  const known = families.get(doc)?.get(htmlLang);
  if (known) return known;
  const probe = doc.createElement('span');
  probe.lang = htmlLang;
  probe.hidden = true;
  doc.body.append(probe);
  const family = doc.defaultView?.getComputedStyle(probe).fontFamily ?? '';
  probe.remove();
  if (family) families.set(doc, (families.get(doc) ?? new Map<string, string>()).set(htmlLang, family));
  return family;
}

/** Every character of `texts` once: the font set matches faces by character, so repeats add nothing. */
export function charactersOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const character of text) if (character.trim()) seen.add(character);
  return [...seen].join('');
}

/** Every string in a value (an answer from the core, a table of UI strings), however deep. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/**
 * Starts loading the files `texts` needs when set in `htmlLang`, in every weight the kiosk uses. Resolves
 * once they are loaded (or have failed); nothing needs to wait for it.
 */
export async function warmFonts(htmlLang: string, texts: Iterable<string>, doc: Document = document): Promise<void> {
  const characters = charactersOf(texts);
  if (!characters || !doc.fonts) return;
  const family = familyFor(htmlLang, doc);
  if (!family) return;
  await Promise.allSettled(WEIGHTS.map((weight) => doc.fonts.load(`${weight} 16px ${family}`, characters)));
}
