import { describe, expect, inject, it } from 'vitest';
import { BrowseScreen } from '../../renderer/screens/Browse/BrowseScreen.tsx';
import type { JourneyAction } from '../../renderer/flow/journey.ts';
import { LOCALES } from '../../shared/locales.ts';
import { fakeKiosk } from './fake-kiosk.ts';
import { mountScreen } from './mount.tsx';
import { normalized } from './text.ts';

/**
 * The list of all guides, in every language: every tutorial the core serves has a card, and each card
 * opens its own tutorial (the e2e sweep used to prove this by walking all of them; it now walks one
 * per language, tests/e2e/sweep.e2e.ts).
 */
const views = inject('tutorialViews');
const VISIT = '00000000-0000-4000-8000-000000000003';

describe('the list of all guides', () => {
  it.for(LOCALES)('%s: a card for every tutorial, each opening its own', async (locale) => {
    const tutorials = views[locale];
    const chosen: JourneyAction[] = [];
    await mountScreen(
      <BrowseScreen locale={locale} visitId={VISIT} completed={[]} plan={null} dispatch={(a) => chosen.push(a)} />,
      {
        locale,
        api: fakeKiosk({ listTutorials: () => ({ locale, tutorials }) }),
      },
    );
    await expect.poll(() => document.querySelectorAll('.tutorial-card').length).toBe(tutorials.length);
    for (const card of document.querySelectorAll<HTMLButtonElement>('.tutorial-card')) {
      const title = normalized(card.querySelector('.tutorial-card__title')?.textContent ?? '');
      const tutorial = tutorials.find((t) => normalized(t.title) === title);
      expect(tutorial, `a card titled "${title}"`).toBeDefined();
      card.click();
      expect(chosen.at(-1)).toEqual({ type: 'tutorialChosen', tutorialId: tutorial?.id, variantId: undefined });
    }
    expect(new Set(chosen.map((a) => (a.type === 'tutorialChosen' ? a.tutorialId : a.type)))).toEqual(
      new Set(tutorials.map((t) => t.id)),
    );
  });
});
