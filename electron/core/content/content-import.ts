import type { ReviewItem } from '../../../shared/api.ts';
import { textForRegion } from './source-text.ts';
import type { Region } from '../../../shared/regions.ts';
import { compilePrintData } from '../checklists/checklists.compile.ts';
import type { Db } from '../db/open-database.ts';
import { compilePlanData } from '../plans/plans.compile.ts';
import { importSafety } from '../safety/safety.compile.ts';
import { importSearch } from '../search/search.compile.ts';
import { importTutorials, phoneWordView } from '../tutorials/tutorials.compile.ts';
import { phoneTextPlain } from '../../../shared/phone-words.ts';
import { createContentMetaRepository } from './content-meta.repository.ts';
import type { ContentBundle } from './content-loader.ts';
import { contentKey } from './content-key.ts';

/** What staff should check on a real phone before trusting it: every unconfirmed step, facilitator note and hotline. */
export function reviewList(bundle: ContentBundle): ReviewItem[] {
  const items: ReviewItem[] = [];
  // Staff read the step in English, with the phone's English words where its {{id}} words stand.
  const words = Object.fromEntries([...bundle.phoneWords].map(([id, entry]) => [id, phoneWordView(entry, 'en')]));
  for (const t of bundle.tutorials) {
    for (const v of t.variants) {
      for (const s of v.steps) if (!s.verified) items.push({ kind: 'step', tutorialId: t.id, variantId: v.id, stepId: s.id, text: phoneTextPlain(textForRegion(s.text, 'generic', () => undefined).en, words, 'en', 'en') });
    }
    for (const n of t.facilitator ?? []) if (!n.verified) items.push({ kind: 'note', tutorialId: t.id, ...(n.step !== undefined && { stepId: n.step }), text: n.text.en });
  }
  for (const [region, entry] of Object.entries(bundle.hotlines.regions)) {
    for (const h of entry.hotlines) if (!h.verified) items.push({ kind: 'hotline', hotlineId: h.id, region: region as Region, text: `${h.contact}: ${h.name.en}` });
  }
  return items;
}

/** Whether the database already holds this content compiled for this region by this compiler. */
export function isContentCurrent(db: Db, bundle: ContentBundle, region: Region): boolean {
  return createContentMetaRepository(db).hash() === contentKey(bundle.hash, region);
}

/**
 * Compiles the content into the database. The stored key (content-key.ts) covers the files, the
 * region and the compiler version, so a start-up imports only when one of them changed (see
 * isContentCurrent): a new version of the app that compiles the same YAML differently bumps the
 * compiler version, so stale views never reach the contract. One transaction: visitors see the old
 * content or the new, never a mix. Tutorials are compiled for the centre's region (texts that name
 * a place or an app belong to the regions they are true for). Each feature compiles and stores its
 * own part (`<feature>.compile.ts`); this only orders them.
 */
export function importContent(db: Db, bundle: ContentBundle, region: Region): void {
  db.transaction(() => {
    const tutorials = importTutorials(db, bundle, region);
    importSearch(db, tutorials);
    importSafety(db, bundle);
    createContentMetaRepository(db).write(contentKey(bundle.hash, region), reviewList(bundle), compilePlanData(bundle), compilePrintData(bundle));
  })();
}
