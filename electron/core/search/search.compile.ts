import type { TutorialView } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import { phoneTextPlain } from '../../../shared/phone-words.ts';
import type { Db } from '../db/open-database.ts';
import type { StoredTutorial } from '../tutorials/tutorials.repository.ts';
import { createSearchRepository, type SearchDocument } from './search.repository.ts';

/** Everything a visitor might remember of a tutorial: its words, and the phone's words in its pictures. */
export function searchDocument(view: TutorialView, locale: Locale, position: number): SearchDocument {
  // Texts as a reader of this language with a phone in it would see them; then every word the pictures
  // name, as the phone shows it in English and in this language, and its meaning.
  const plain = (text: string) => phoneTextPlain(text, view.words, locale, locale);
  const body: string[] = [view.why, view.checklist.item, plain(view.checklist.path)];
  for (const v of view.variants) {
    body.push(v.label);
    for (const s of v.steps) {
      body.push(plain(s.text));
      if (s.tip) body.push(plain(s.tip));
      if (s.check) body.push(plain(s.check));
    }
  }
  for (const word of Object.values(view.words)) {
    body.push(word.meaning);
    if (typeof word.phone.en === 'string') body.push(word.phone.en);
    const own = word.phone[locale];
    if (typeof own === 'string') body.push(own);
  }
  return { tutorialId: view.id, locale, position, title: view.title, summary: view.summary, body: body.join('\n') };
}

/** Stores every compiled tutorial in every language for search, replacing what was there. Call inside the content import's transaction. */
export function importSearch(db: Db, tutorials: StoredTutorial[]): void {
  // The list's order (tutorials.repository.ts: sort order, then id): equal matches are shown in it.
  const inListOrder = [...tutorials].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  createSearchRepository(db).replaceAll(
    inListOrder.flatMap((t, position) => [...t.views].map(([locale, view]) => searchDocument(view, locale, position))),
  );
}
