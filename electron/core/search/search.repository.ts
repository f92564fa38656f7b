import type { Locale } from '../../../shared/locales.ts';
import type { Db } from '../db/open-database.ts';
import { foldForSearch } from './search-fold.ts';

export interface SearchDocument {
  tutorialId: string;
  locale: Locale;
  /** Where the tutorial stands in the list: equal matches are shown in the list's order. */
  position: number;
  title: string;
  summary: string;
  body: string;
}

export interface SearchRepository {
  /** Call inside the content import's transaction. Stores the texts folded, as search compares them. */
  replaceAll(documents: SearchDocument[]): void;
  /** One language's documents, folded, in the list's order. */
  documents(locale: Locale): SearchDocument[];
}

export function createSearchRepository(db: Db): SearchRepository {
  const insert = db.prepare(
    'INSERT INTO tutorial_search (locale, tutorial_id, position, title, summary, body) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<
    [string],
    { tutorialId: string; position: number; title: string; summary: string; body: string }
  >(
    `SELECT tutorial_id AS tutorialId, position, title, summary, body FROM tutorial_search
     WHERE locale = ? ORDER BY position, tutorial_id`,
  );
  return {
    replaceAll: (documents) => {
      db.exec('DELETE FROM tutorial_search');
      for (const d of documents)
        insert.run(
          d.locale,
          d.tutorialId,
          d.position,
          foldForSearch(d.title),
          foldForSearch(d.summary),
          foldForSearch(d.body),
        );
    },
    documents: (locale) => select.all(locale).map((row) => ({ ...row, locale })),
  };
}
