import type { TutorialView } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Db } from '../db/open-database.ts';
import type { StoredTutorial } from '../tutorials/tutorials.repository.ts';
import { createSearchRepository, type SearchDocument } from './search.repository.ts';

/** Everything a visitor might remember of a tutorial: its words, and the phone's words in its pictures. */
export function searchDocument(view: TutorialView, locale: Locale): SearchDocument {
  const body: string[] = [view.why, view.checklist.item, view.checklist.path];
  for (const v of view.variants) {
    body.push(v.label);
    for (const s of v.steps) {
      body.push(s.text);
      if (s.tip) body.push(s.tip);
      if (s.check) body.push(s.check);
      if (s.screen) body.push(s.screen.title, ...s.screen.rows.map((r) => r.label));
    }
  }
  return { tutorialId: view.id, locale, title: view.title, summary: view.summary, body: body.join('\n') };
}

/** Indexes every compiled tutorial in every language, replacing the index. Call inside the content import's transaction. */
export function importSearch(db: Db, tutorials: StoredTutorial[]): void {
  createSearchRepository(db).replaceAll(
    tutorials.flatMap((t) => [...t.views].map(([locale, view]) => searchDocument(view, locale))),
  );
}
