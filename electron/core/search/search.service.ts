import type { CallResponse } from '../../../shared/api.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { TutorialsRepository } from '../tutorials/tutorials.repository.ts';
import type { SearchRepository } from './search.repository.ts';

export const MAX_RESULTS = 20;

/** Splits a query into terms: NFKC folds full-width letters and digits, so "ＦａｃｅＴｉｍｅ" finds FaceTime. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s\p{P}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

export function createSearchService(search: SearchRepository, tutorials: TutorialsRepository) {
  return {
    search(locale: Locale, query: string): CallResponse<'searchTutorials'> {
      const terms = queryTerms(query);
      if (terms.length === 0) return { locale, results: [] };
      const ids = search.search(locale, terms, MAX_RESULTS);
      // The cards come from the language's cached summaries: a search parses no tutorial (issue 18).
      const cards = new Map(tutorials.listSummaries(locale).map((card) => [card.id, card]));
      const results = ids.flatMap((id) => cards.get(id) ?? []);
      return { locale, results };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
