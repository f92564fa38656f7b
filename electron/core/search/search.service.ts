import type { CallResponse } from '../../../shared/api.ts';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { createContentCache } from '../content/content-cache.ts';
import type { TutorialsRepository } from '../tutorials/tutorials.repository.ts';
import { foldForSearch } from './search-fold.ts';
import type { SearchDocument, SearchRepository } from './search.repository.ts';

export const MAX_RESULTS = 20;

/** Splits a query into folded terms (search-fold.ts): "ＦａｃｅＴｉｍｅ" and "facetime" are one term. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s\p{P}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/** A hit in the title counts most, then the summary, then the steps (as the old index's bm25 weights did). */
const TITLE = 10;
const SUMMARY = 5;
const BODY = 1;

function score(doc: SearchDocument, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    const hit =
      (doc.title.includes(term) ? TITLE : 0) +
      (doc.summary.includes(term) ? SUMMARY : 0) +
      (doc.body.includes(term) ? BODY : 0);
    // Every term must be found somewhere: "block unknown callers" never finds a guide without "callers".
    if (hit === 0) return 0;
    total += hit;
  }
  return total;
}

/**
 * Search is substring matching over each language's documents, held in memory while the content stays the same:
 * any run of characters matches, so Chinese and Korean (no spaces between words) and one or two characters work
 * as well as Latin words, and nothing a visitor types is ever query syntax. At ten times today's library a
 * language's documents are under 1 MB; matching them all is well under the 3 ms budget (issue 18).
 */
export function createSearchService(
  search: SearchRepository,
  tutorials: TutorialsRepository,
  contentKey: () => string | undefined,
) {
  const documents = createContentCache<SearchDocument[]>(contentKey, LOCALES.length);
  return {
    search(locale: Locale, query: string): CallResponse<'searchTutorials'> {
      const terms = queryTerms(query);
      if (terms.length === 0) return { locale, results: [] };
      const ranked = (documents(locale, () => search.documents(locale)) ?? [])
        .map((doc, order) => ({ id: doc.tutorialId, order, score: score(doc, terms) }))
        .filter((m) => m.score > 0)
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, MAX_RESULTS);
      // The cards come from the language's cached summaries: a search parses no tutorial.
      const cards = new Map(tutorials.listSummaries(locale).map((card) => [card.id, card]));
      return { locale, results: ranked.flatMap((m) => cards.get(m.id) ?? []) };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
