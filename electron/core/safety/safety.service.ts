import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import type { SafetyRepository } from './safety.repository.ts';

export interface SafetyService {
  /** The advice for the centre's region in this language; not_found when no content is loaded (the screens and the checklist say so alike). */
  advice(locale: Locale): SafetyAdviceView;
}

export function createSafetyService(repo: SafetyRepository, region: () => Region): SafetyService {
  return {
    advice: (locale) => {
      const advice = repo.get(locale, region());
      if (!advice) throw new KioskError('not_found', 'No safety advice is loaded.');
      return advice;
    },
  };
}
