import type { CallResponse, Guide } from '../../../shared/api.ts';
import type { Topic, TutorialView } from '../../../shared/content-schema.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { TutorialsRepository } from './tutorials.repository.ts';

export interface TutorialsService {
  list(locale: Locale): CallResponse<'listTutorials'>;
  open(id: string, locale: Locale, variantId?: string): CallResponse<'openTutorial'>;
  exists(id: string): boolean;
  view(id: string, locale: Locale): TutorialView | undefined;
  /** How many tutorials are loaded: every one is served in English, so English counts them all. */
  count(): number;
  /** The tutorials of one topic, in the list's order: what a topic's handout prints. */
  idsOfTopic(topic: Topic): string[];
  /** Every guide with all its variants, in English, in the list's order: what staff open a guide from. */
  guides(): Guide[];
  /** Every guide's title in `locale`, English where it has none in it. */
  titles(locale: Locale): Map<string, string>;
}

type Opened = CallResponse<'openTutorial'>;

export function createTutorialsService(repo: TutorialsRepository): TutorialsService {
  // One answer object per cached view and variant: the same object each time, so the core's door validates it
  // once (dispatch.ts), not on every open. Dropped with its view when the content changes.
  const answers = new WeakMap<TutorialView, Map<string, Opened>>();
  return {
    list: (locale) => ({ locale, tutorials: repo.listSummaries(locale) }),
    open: (id, locale, variantId) => {
      const tutorial = repo.getView(id, locale);
      if (!tutorial) throw new KioskError('not_found', `There is no tutorial "${id}".`);
      const variant =
        variantId === undefined ? tutorial.variants[0] : tutorial.variants.find((v) => v.id === variantId);
      if (!variant) throw new KioskError('not_found', `Tutorial "${id}" has no variant "${variantId}".`);
      let byVariant = answers.get(tutorial);
      if (!byVariant) answers.set(tutorial, (byVariant = new Map()));
      let answer = byVariant.get(variant.id);
      if (!answer) byVariant.set(variant.id, (answer = Object.freeze({ tutorial, variant })));
      return answer;
    },
    exists: (id) => repo.getView(id, 'en') !== undefined,
    view: (id, locale) => repo.getView(id, locale),
    count: () => repo.listSummaries('en').length,
    titles: (locale) => repo.titles(locale),
    idsOfTopic: (topic) =>
      repo
        .listSummaries('en')
        .filter((t) => t.topic === topic)
        .map((t) => t.id),
    guides: () =>
      repo.listSummaries('en').flatMap(({ id, topic, title }) => {
        const view = repo.getView(id, 'en');
        if (!view) return [];
        const variants = view.variants.map(({ id, label, platform, device, versionFrom, versionTo }) => ({
          id,
          label,
          platform,
          ...(device && { device }),
          ...(versionFrom && { versionFrom }),
          ...(versionTo && { versionTo }),
        }));
        return [{ id, topic, title, variants }];
      }),
  };
}
