import { LOCALES } from '../../../shared/locales.ts';
import type { TutorialsRepository } from '../tutorials/tutorials.repository.ts';
import { localizeTutorial } from './content-localize.ts';
import type { ContentBundle } from './content-loader.ts';

/** Compiles the content into the database unless it already holds exactly this content. */
export function importContent(repo: TutorialsRepository, bundle: ContentBundle): { changed: boolean } {
  if (repo.contentHash() === bundle.hash) return { changed: false };
  repo.replaceAll(
    bundle.tutorials.map((t) => ({
      id: t.id,
      topic: t.topic,
      order: t.order,
      minutes: t.minutes,
      lastVerified: t.lastVerified,
      views: new Map(LOCALES.map((locale) => [locale, localizeTutorial(t, locale)])),
    })),
    bundle.hash,
  );
  return { changed: true };
}
