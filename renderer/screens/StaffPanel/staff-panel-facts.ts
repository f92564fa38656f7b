import type { ReadKioskApi } from '../../api/read-only-api.ts';
import type { TutorialSummary, TutorialView } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { QuestionView } from '../../../shared/questions-schema.ts';
import type { JourneyState } from '../../flow/journey.ts';
import { phoneTextPlain } from '../../../shared/phone-words.ts';

/** One fact, in English and in the visitor's language (the same when the visitor reads English). */
export interface Both {
  en: string;
  own: string;
}

/** The content the panel names things from, in both languages. */
export interface PanelContent {
  questions: Record<'en' | 'own', QuestionView[]>;
  summaries: Record<'en' | 'own', TutorialSummary[]>;
  /** The guides the visit is in or said "looked different" in. */
  tutorials: Record<'en' | 'own', TutorialView[]>;
}

/**
 * Everything the panel shows comes from reading calls only: questions, the list of guides and the
 * guides themselves, asked without a visit id, so nothing of it reaches the visit log.
 */
export async function loadPanelContent(
  api: ReadKioskApi,
  locale: Locale,
  tutorialIds: string[],
): Promise<PanelContent> {
  const both = <T>(ask: (l: Locale) => Promise<T>) => Promise.all([ask('en'), ask(locale)]);
  const [questions, summaries, tutorials] = await Promise.all([
    both((l) => api.getQuestions({ locale: l }).then((a) => a.questions)),
    both((l) => api.listTutorials({ locale: l }).then((a) => a.tutorials)),
    both((l) =>
      Promise.all(tutorialIds.map((id) => api.openTutorial({ tutorialId: id, locale: l }).then((a) => a.tutorial))),
    ),
  ]);
  return {
    questions: { en: questions[0], own: questions[1] },
    summaries: { en: summaries[0], own: summaries[1] },
    tutorials: { en: tutorials[0], own: tutorials[1] },
  };
}

/** The guides whose names the panel needs: the one open, then those with a step that looked different. */
export const panelTutorialIds = (journey: JourneyState): string[] => [
  ...new Set([
    ...(journey.tutorialId ? [journey.tutorialId] : []),
    ...journey.lookedDifferent.map((d) => d.tutorialId),
  ]),
];

export interface PanelFacts {
  /** The phone answered (the question whose answers name a platform); empty before it is answered. */
  phone: Both[];
  /** The version of the open guide, once chosen. */
  version: Both | null;
  guide: Both | null;
  step: { current: number; total: number; text: Both } | null;
  lookedDifferent: { guide: Both; version: Both; step: number }[];
  plan: { title: Both; done: boolean }[];
}

const pick = <T extends { id: string }>(list: T[], id: string | null | undefined) => list.find((x) => x.id === id);

/** What the volunteer needs to know about this visit, named in both languages. */
export function panelFacts(journey: JourneyState, c: PanelContent): PanelFacts {
  const phoneQuestion = (l: 'en' | 'own') => c.questions[l].find((q) => q.options.some((o) => o.platform));
  const phoneIds = journey.answers[phoneQuestion('en')?.id ?? ''] ?? [];
  const phone = phoneIds.map((id) => ({
    en: pick(phoneQuestion('en')?.options ?? [], id)?.label ?? id,
    own: pick(phoneQuestion('own')?.options ?? [], id)?.label ?? id,
  }));
  const tutorial = (l: 'en' | 'own', id: string | null) => pick(c.tutorials[l], id);
  const variant = (l: 'en' | 'own', id: string | null, variantId: string | null) =>
    pick(tutorial(l, id)?.variants ?? [], variantId);
  const versionOf = (id: string | null, variantId: string | null): Both | null => {
    const en = variant('en', id, variantId);
    return en ? { en: en.label, own: variant('own', id, variantId)?.label ?? en.label } : null;
  };
  const titleOf = (id: string | null): Both | null => {
    const en = tutorial('en', id)?.title ?? pick(c.summaries.en, id)?.title;
    return en ? { en, own: tutorial('own', id)?.title ?? pick(c.summaries.own, id)?.title ?? en } : null;
  };
  const open = journey.screen === 'tutorial' ? journey.tutorialId : null;
  const openVariant = variant('en', open, journey.variantId);
  const stepEn = openVariant?.steps[journey.stepIndex];
  const stepOwn = variant('own', open, journey.variantId)?.steps[journey.stepIndex];
  // phone-language: the step's {{id}} words by the one rule, English for staff (the English phone's words),
  // the visitor's as their screen shows them (their phone's language).
  const stepText = (en: string, own: string | undefined): Both => {
    const english = phoneTextPlain(en, tutorial('en', open)?.words ?? {}, 'en', 'en');
    const theirs = tutorial('own', open);
    return {
      en: english,
      own:
        own !== undefined && theirs
          ? phoneTextPlain(own, theirs.words, journey.phoneLocale ?? 'unknown', theirs.locale)
          : english,
    };
  };
  return {
    phone,
    version: open ? versionOf(open, journey.variantId) : null,
    guide: open ? titleOf(open) : null,
    step:
      openVariant && stepEn
        ? {
            current: journey.stepIndex + 1,
            total: openVariant.steps.length,
            text: stepText(stepEn.text, stepOwn?.text),
          }
        : null,
    lookedDifferent: journey.lookedDifferent.map((d) => ({
      guide: titleOf(d.tutorialId) ?? { en: d.tutorialId, own: d.tutorialId },
      version: versionOf(d.tutorialId, d.variantId) ?? { en: d.variantId, own: d.variantId },
      step: d.stepIndex + 1,
    })),
    plan: (journey.plan ?? []).flatMap((a) => {
      const title = titleOf(a.tutorialId);
      return title ? [{ title, done: journey.completed.includes(a.tutorialId) }] : [];
    }),
  };
}
