import { type FacilitatorNoteView, type TutorialView } from '../../../shared/content-schema.ts';
import { allRegionalTexts, textForRegion, type LocalizedText, type RegionalText } from '../content/source-text.ts';
import type { PhoneWordView, ScreenView } from '../../../shared/phone-picture.ts';
import type { PhoneLabelEntry } from '../content/phone-labels-source.ts';
import { tutorialWordIds } from '../content/phone-words-check.ts';
import { guideNotes, notesFor } from '../content/facilitator-notes.ts';
import type { FacilitatorNoteSource, ScreenSource, TutorialSource } from '../content/tutorial-source.ts';
import { FALLBACK_LOCALE, LOCALES, type Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import type { ContentBundle } from '../content/content-loader.ts';
import type { Db } from '../db/open-database.ts';
import { createTutorialsRepository, type StoredTutorial } from './tutorials.repository.ts';

/** Every piece of visitor-facing text in a tutorial, in every region (not the phone's own labels, which may be unknown). */
function tutorialTexts(t: TutorialSource): LocalizedText[] {
  const texts: LocalizedText[] = [
    t.title,
    ...allRegionalTexts(t.summary),
    ...allRegionalTexts(t.why),
    t.checklist.item,
    t.checklist.path,
  ];
  if (t.versionHint) texts.push(t.versionHint);
  for (const v of t.variants) {
    texts.push(v.label);
    for (const s of v.steps) {
      texts.push(...allRegionalTexts(s.text));
      if (s.tip) texts.push(...allRegionalTexts(s.tip));
      if (s.check) texts.push(s.check);
    }
  }
  return texts;
}

/** What compiling one tutorial needs to know beyond itself. */
export interface CompileContext {
  /** The centre's region, and the region each inherits from (hotlines.yaml's `inherits`). */
  region: Region;
  parentOf: (region: Region) => Region | undefined;
  /** Another guide's title in this language (English where it is not complete in it), for a step's button to it. */
  titleOf: (tutorialId: string, locale: Locale) => string;
  /** Where a phone of this platform shows its version (content/version-check.yaml). */
  versionCheck: Record<'ios' | 'android', LocalizedText>;
  /** The phone's own words by id (content/phone-labels/). */
  words: ReadonlyMap<string, PhoneLabelEntry>;
}

/** Where the visitor can check their version, when every variant is of one platform (else the variants differ by phone, not version). */
function versionCheckFor(t: TutorialSource, where: CompileContext): LocalizedText | undefined {
  const platforms = new Set(t.variants.map((v) => v.platform));
  const [only] = platforms;
  return t.variants.length > 1 && platforms.size === 1 && (only === 'ios' || only === 'android')
    ? where.versionCheck[only]
    : undefined;
}

/** A tutorial is only served in a language when all of it is translated: a visitor never gets half. */
export function isCompleteIn(t: TutorialSource, locale: Locale): boolean {
  return tutorialTexts(t).every((text) => typeof text[locale] === 'string');
}

/**
 * Facilitator notes in the visitor's language and in English. They follow the requested language even
 * when the visitor's text fell back to English: the volunteer speaks to the visitor in the visitor's
 * language. Notes are not part of isCompleteIn, so a note never holds a visitor's guide back in English.
 */
function facilitatorNotes(
  notes: FacilitatorNoteSource[],
  requested: Locale,
): { facilitator: FacilitatorNoteView[] } | undefined {
  if (notes.length === 0) return undefined;
  return {
    facilitator: notes.map((n) => {
      const own = n.text[requested];
      return {
        kind: n.kind,
        text: own ?? n.text.en,
        locale: own === undefined ? FALLBACK_LOCALE : requested,
        en: n.text.en,
        verified: n.verified,
      };
    }),
  };
}

/** A screen as the page draws it: the source with its defaults, word ids kept (the page shows them per phone language). */
function screenView(s: ScreenSource): ScreenView {
  return {
    kind: s.kind,
    app: s.app,
    ...(s.frame && { frame: s.frame }),
    ...(s.title && { title: s.title }),
    ...(s.back && { back: s.back }),
    controls: s.controls,
    rows: s.rows.map((r) => ({
      label: r.label,
      kind: r.kind,
      ...(r.icon && { icon: r.icon }),
      ...(r.detail && { detail: r.detail }),
      ...(r.value && { value: r.value }),
      ...(r.to && { to: r.to }),
      ...(r.control && { control: r.control }),
      target: r.target,
    })),
    apps: s.apps,
    ...(s.gesture && { gesture: s.gesture }),
    tabs: s.tabs,
  };
}

/**
 * The words a tutorial names, each with the phone's word in every phone language (null: not known) and
 * its meaning in the language the text is in, so a gloss reads in the same language as its sentence.
 */
function wordsView(t: TutorialSource, locale: Locale, where: CompileContext): Record<string, PhoneWordView> {
  const out: Record<string, PhoneWordView> = {};
  for (const id of [...tutorialWordIds(t)].sort()) {
    const entry = where.words.get(id);
    if (!entry) continue; // the loader's reference check refuses such content; a draft in development shows the id
    out[id] = phoneWordView(entry, locale);
  }
  return out;
}

/** One dictionary word as the page gets it: the phone's word per language (null: not known), its meaning in `locale`. */
export function phoneWordView(entry: PhoneLabelEntry, locale: Locale): PhoneWordView {
  return {
    phone: Object.fromEntries(LOCALES.map((l) => [l, entry.phone[l] ?? null])) as PhoneWordView['phone'],
    meaning: entry.meaning[locale] ?? entry.meaning.en,
  };
}

export function localizeTutorial(t: TutorialSource, requested: Locale, where: CompileContext): TutorialView {
  const locale = isCompleteIn(t, requested) ? requested : FALLBACK_LOCALE;
  const say = (text: LocalizedText | RegionalText): string => {
    const own = textForRegion(text, where.region, where.parentOf);
    return own[locale] ?? own.en;
  };
  const versionCheck = versionCheckFor(t, where);
  return {
    id: t.id,
    topic: t.topic,
    title: say(t.title),
    summary: say(t.summary),
    minutes: t.minutes,
    locale,
    verified: t.variants.every((v) => v.steps.every((s) => s.verified)),
    done: say(t.checklist.item),
    why: say(t.why),
    appliesTo: t.appliesTo,
    scamScripts: t.scamScripts,
    checklist: { item: say(t.checklist.item), path: say(t.checklist.path) },
    ...(t.versionHint && { versionHint: say(t.versionHint) }),
    commonVariant: t.commonVariant ?? t.variants[0]?.id ?? t.id,
    ...(versionCheck && { versionCheck: say(versionCheck) }),
    lastVerified: t.lastVerified,
    ...facilitatorNotes(guideNotes(t), requested),
    sources: t.sources,
    words: wordsView(t, locale, where),
    variants: t.variants.map((v) => ({
      id: v.id,
      label: say(v.label),
      platform: v.platform,
      ...(v.device !== undefined && { device: v.device }),
      ...(v.versionFrom !== undefined && { versionFrom: v.versionFrom }),
      ...(v.versionTo !== undefined && { versionTo: v.versionTo }),
      steps: v.steps.map((s) => ({
        id: s.id,
        text: say(s.text),
        ...(s.tip && { tip: say(s.tip) }),
        ...(s.check && { check: say(s.check) }),
        verified: s.verified,
        ...(s.opens && { opens: { tutorialId: s.opens, title: where.titleOf(s.opens, locale) } }),
        ...facilitatorNotes(notesFor(t, v.id, s.id), requested),
        ...(s.screen && { screen: screenView(s.screen) }),
      })),
    })),
  };
}

/** What a tutorial compiles against in this bundle, for the centre's region. */
export function compileContext(bundle: ContentBundle, region: Region): CompileContext {
  const byId = new Map(bundle.tutorials.map((t) => [t.id, t]));
  return {
    region,
    parentOf: (r) => bundle.hotlines.regions[r].inherits,
    titleOf: (id, locale) => {
      const other = byId.get(id);
      return other ? (isCompleteIn(other, locale) ? (other.title[locale] ?? other.title.en) : other.title.en) : id;
    },
    versionCheck: { ios: bundle.versionCheck.ios, android: bundle.versionCheck.android },
    words: bundle.phoneWords,
  };
}

/**
 * Compiles every tutorial in every language and replaces the stored ones. Call inside the content
 * import's transaction; the compiled tutorials are returned for the features built on them (search).
 */
export function importTutorials(db: Db, bundle: ContentBundle, region: Region): StoredTutorial[] {
  const where = compileContext(bundle, region);
  const compiled = bundle.tutorials.map((t) => ({
    id: t.id,
    topic: t.topic,
    order: t.order,
    minutes: t.minutes,
    lastVerified: t.lastVerified,
    views: new Map(LOCALES.map((locale) => [locale, localizeTutorial(t, locale, where)])),
  }));
  createTutorialsRepository(db).replaceAll(compiled);
  return compiled;
}
