import type { CallResponse } from '../../../shared/api.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { TutorialsRepository } from './tutorials.repository.ts';

export interface TutorialsService {
  list(locale: Locale): CallResponse<'listTutorials'>;
  open(id: string, locale: Locale, variantId?: string): CallResponse<'openTutorial'>;
  exists(id: string): boolean;
}

export function createTutorialsService(repo: TutorialsRepository): TutorialsService {
  return {
    list: (locale) => ({ locale, tutorials: repo.listSummaries(locale) }),
    open: (id, locale, variantId) => {
      const tutorial = repo.getView(id, locale);
      if (!tutorial) throw new KioskError('not_found', `There is no tutorial "${id}".`);
      const variant = variantId === undefined ? tutorial.variants[0] : tutorial.variants.find((v) => v.id === variantId);
      if (!variant) throw new KioskError('not_found', `Tutorial "${id}" has no variant "${variantId}".`);
      return { tutorial, variant };
    },
    exists: (id) => repo.getView(id, 'en') !== undefined,
  };
}
