import type { CallResponse } from '../../../shared/api.ts';
import type { Locale } from '../../../shared/locales.ts';
import { toSummary, type TutorialsRepository } from '../tutorials/tutorials.repository.ts';
import { queryTerms } from './search-documents.ts';
import type { SearchRepository } from './search.repository.ts';

export const MAX_RESULTS = 20;

export function createSearchService(search: SearchRepository, tutorials: TutorialsRepository) {
  return {
    search(locale: Locale, query: string): CallResponse<'searchTutorials'> {
      const terms = queryTerms(query);
      if (terms.length === 0) return { locale, results: [] };
      const ids = search.search(locale, terms, MAX_RESULTS);
      const results = ids.flatMap((id) => {
        const view = tutorials.getView(id, locale);
        return view ? [toSummary(view)] : [];
      });
      return { locale, results };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
