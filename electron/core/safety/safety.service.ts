import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import type { SafetyAdviceView } from '../../../shared/safety-schema.ts';
import type { SafetyRepository } from './safety.repository.ts';

export interface SafetyService {
  /** The advice for the centre's region in this language; not_found when no content is loaded (the screens and the checklist say so alike). */
  advice(locale: Locale): SafetyAdviceView;
  /** The red flags the centre's practice call `id` can show; undefined when it has no such call (issue 20). */
  rehearsalFlags(id: string): ReadonlySet<string> | undefined;
}

export function createSafetyService(repo: SafetyRepository, region: () => Region): SafetyService {
  const advice = (locale: Locale) => {
    const view = repo.get(locale, region());
    if (!view) throw new KioskError('not_found', 'No safety advice is loaded.');
    return view;
  };
  return {
    advice,
    rehearsalFlags: (id) => {
      const call = repo.get('en', region())?.rehearsals.find((r) => r.id === id);
      return call && new Set(call.decisions.map((d) => d.redFlag));
    },
  };
}
