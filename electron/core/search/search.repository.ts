import type { Locale } from '../../../shared/locales.ts';
import type { Db } from '../db/open-database.ts';

export interface SearchDocument {
  tutorialId: string;
  locale: Locale;
  title: string;
  summary: string;
  body: string;
}

export interface SearchRepository {
  /** Call inside the content import's transaction. */
  replaceAll(documents: SearchDocument[]): void;
  /** Tutorial ids, best match first. */
  search(locale: Locale, terms: string[], limit: number): string[];
}

/** The trigram tokenizer indexes runs of three characters; shorter terms are matched with LIKE. */
export const MIN_INDEXED_LENGTH = 3;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createSearchRepository(db: Db): SearchRepository {
  const insert = db.prepare(
    'INSERT INTO tutorial_search (tutorial_id, locale, title, summary, body) VALUES (?, ?, ?, ?, ?)',
  );

  return {
    replaceAll: (documents) => {
      db.exec('DELETE FROM tutorial_search');
      for (const d of documents) insert.run(d.tutorialId, d.locale, d.title, d.summary, d.body);
    },
    search: (locale, terms, limit) => {
      const indexed = terms.filter((t) => [...t].length >= MIN_INDEXED_LENGTH);
      const short = terms.filter((t) => [...t].length < MIN_INDEXED_LENGTH);
      const where: string[] = ['locale = ?'];
      const params: unknown[] = [locale];
      for (const term of short) {
        where.push("(title LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')");
        params.push(likePattern(term), likePattern(term), likePattern(term));
      }
      let sql: string;
      if (indexed.length > 0) {
        // bm25 weights: a hit in the title counts most, then the summary, then the steps.
        sql = `SELECT tutorial_id FROM tutorial_search WHERE tutorial_search MATCH ? AND ${where.join(' AND ')}
               ORDER BY bm25(tutorial_search, 0, 0, 10.0, 5.0, 1.0) LIMIT ?`;
        params.unshift(indexed.map(quote).join(' AND '));
      } else {
        const first = likePattern(short[0] ?? '');
        sql = `SELECT tutorial_id FROM tutorial_search WHERE ${where.join(' AND ')}
               ORDER BY CASE WHEN title LIKE ? ESCAPE '\\' THEN 0 WHEN summary LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, rowid LIMIT ?`;
        params.push(first, first);
      }
      params.push(limit);
      return db
        .prepare<unknown[], { tutorial_id: string }>(sql)
        .all(...params)
        .map((r) => r.tutorial_id);
    },
  };
}
