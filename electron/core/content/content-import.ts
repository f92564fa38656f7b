import type { ReviewItem } from '../../../shared/api.ts';
import { textForRegion } from '../../../shared/content-schema.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';
import type { Db } from '../db/open-database.ts';
import { createSafetyRepository } from '../safety/safety.repository.ts';
import { searchDocument } from '../search/search-documents.ts';
import { createSearchRepository } from '../search/search.repository.ts';
import { createTutorialsRepository } from '../tutorials/tutorials.repository.ts';
import { createContentMetaRepository } from './content-meta.repository.ts';
import { isCompleteIn, localizeTutorial, type CompileContext } from './content-localize.ts';
import type { ContentBundle } from './content-loader.ts';
import { localizeSafety } from './safety-localize.ts';
import { compilePrintData } from '../checklists/print-data.ts';
import { contentKey } from './content-key.ts';

/** What staff should check on a real phone before trusting it: every unconfirmed step and hotline. */
export function reviewList(bundle: ContentBundle): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const t of bundle.tutorials) {
    for (const v of t.variants) {
      for (const s of v.steps) if (!s.verified) items.push({ kind: 'step', tutorialId: t.id, variantId: v.id, stepId: s.id, text: textForRegion(s.text, 'generic', () => undefined).en });
    }
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
 * a place or an app belong to the regions they are true for).
 */
export function importContent(db: Db, bundle: ContentBundle, region: Region): void {
  const meta = createContentMetaRepository(db);
  const tutorials = createTutorialsRepository(db);
  const search = createSearchRepository(db);
  const safety = createSafetyRepository(db);
  const byId = new Map(bundle.tutorials.map((t) => [t.id, t]));
  const where: CompileContext = {
    region,
    parentOf: (r) => bundle.hotlines.regions[r].inherits,
    titleOf: (id, locale) => {
      const other = byId.get(id);
      return other ? (isCompleteIn(other, locale) ? (other.title[locale] ?? other.title.en) : other.title.en) : id;
    },
    versionCheck: { ios: bundle.versionCheck.ios, android: bundle.versionCheck.android },
  };
  db.transaction(() => {
    const compiled = bundle.tutorials.map((t) => ({
      id: t.id,
      topic: t.topic,
      order: t.order,
      minutes: t.minutes,
      lastVerified: t.lastVerified,
      views: new Map(LOCALES.map((locale) => [locale, localizeTutorial(t, locale, where)])),
    }));
    tutorials.replaceAll(compiled);
    search.replaceAll(compiled.flatMap((t) => [...t.views].map(([locale, view]) => searchDocument(view, locale))));
    safety.replaceAll(LOCALES.flatMap((locale) => REGIONS.map((region) => localizeSafety(bundle, region, locale))));
    meta.write(contentKey(bundle.hash, region), reviewList(bundle), {
      questions: bundle.questions,
      tutorials: bundle.tutorials.map((t) => ({
        id: t.id,
        order: t.order,
        appliesTo: { platform: t.appliesTo.platform },
        variants: t.variants.map((v) => ({ id: v.id, platform: v.platform, ...(v.device && { device: v.device }) })),
      })),
    }, compilePrintData(bundle));
  })();
}
