import type { LocalizedText } from '../content/source-text.ts';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';
import type { HotlineView, SafetyAdviceView } from '../../../shared/safety-schema.ts';
import type { RehearsalView } from '../../../shared/rehearsal-schema.ts';
import type { RehearsalSource } from '../content/rehearsal-source.ts';
import type { ContentBundle } from '../content/content-loader.ts';
import type { Db } from '../db/open-database.ts';
import { createSafetyRepository } from './safety.repository.ts';

const say = (text: LocalizedText, locale: Locale) => text[locale] ?? text.en;

type HotlineSource = ContentBundle['hotlines']['regions'][Region]['hotlines'][number];

function hotlineView(h: HotlineSource, locale: Locale): HotlineView {
  return {
    id: h.id,
    kind: h.kind,
    contact: h.contact,
    name: say(h.name, locale),
    purpose: say(h.purpose, locale),
    emergency: h.emergency,
    verified: h.verified,
  };
}

/** A region's own lines first, then those it inherits; emergency numbers before everything else. */
export function regionHotlines(bundle: ContentBundle, region: Region, locale: Locale): HotlineView[] {
  const lines: HotlineView[] = [];
  for (let r: Region | undefined = region; r; r = bundle.hotlines.regions[r].inherits) {
    for (const h of bundle.hotlines.regions[r].hotlines) lines.push(hotlineView(h, locale));
  }
  return [...lines.filter((h) => h.emergency), ...lines.filter((h) => !h.emergency)];
}

/**
 * The lines the after-scam card shows, in the file's order (the line that can act on the money
 * first, not emergency first): the region's own list, else the list of the region it inherits,
 * else `generic`'s. The loader has checked that every id is a line of that region.
 */
export function afterScamHotlines(bundle: ContentBundle, region: Region, locale: Locale): HotlineView[] {
  let ids = bundle.afterScam.hotlines.generic ?? [];
  for (let r: Region | undefined = region; r; r = bundle.hotlines.regions[r].inherits) {
    const own = bundle.afterScam.hotlines[r];
    if (own) {
      ids = own;
      break;
    }
  }
  const byId = new Map(
    Object.values(bundle.hotlines.regions).flatMap((r) => r.hotlines.map((h) => [h.id, h] as const)),
  );
  return ids.flatMap((id) => {
    const h = byId.get(id);
    return h ? [hotlineView(h, locale)] : [];
  });
}

export function localizeSafety(bundle: ContentBundle, region: Region, locale: Locale): SafetyAdviceView {
  return {
    locale,
    region,
    hotlines: regionHotlines(bundle, region, locale),
    redFlags: bundle.redFlags.redFlags.map((f) => ({ id: f.id, text: say(f.text, locale) })),
    scamNow: {
      title: say(bundle.scamNow.title, locale),
      steps: bundle.scamNow.steps.map((s) => ({ id: s.id, text: say(s.text, locale) })),
    },
    afterScam: {
      title: say(bundle.afterScam.title, locale),
      steps: bundle.afterScam.steps.map((s) => ({ id: s.id, text: say(s.text, locale), buys: say(s.buys, locale) })),
      hotlines: afterScamHotlines(bundle, region, locale),
    },
    scamScripts: bundle.scamScripts.scripts.map((s) => ({
      id: s.id,
      title: say(s.title, locale),
      story: say(s.story, locale),
      advice: say(s.advice, locale),
      redFlags: s.redFlags,
    })),
    rehearsals: bundle.rehearsals
      .filter((r) => showsIn(r.regions, region, bundle))
      .map((r) => localizeRehearsal(r, locale)),
  };
}

/** A call made for some regions shows in those, and in the regions that inherit from them (New York City from US). */
function showsIn(regions: readonly Region[] | undefined, region: Region, bundle: ContentBundle): boolean {
  if (!regions) return true;
  for (let r: Region | undefined = region; r; r = bundle.hotlines.regions[r].inherits)
    if (regions.includes(r)) return true;
  return false;
}

function localizeRehearsal(r: RehearsalSource, locale: Locale): RehearsalView {
  return {
    id: r.id,
    script: r.script,
    app: r.app,
    callerKind: r.callerKind,
    caller: say(r.caller, locale),
    title: say(r.title, locale),
    checklistLine: say(r.checklistLine, locale),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      says: d.says ? say(d.says, locale) : null,
      redFlag: d.redFlag,
      choices: d.choices.map((c) => ({
        id: c.id,
        label: say(c.label, locale),
        safe: c.safe,
        feedback: say(c.feedback, locale),
        next: c.next,
      })),
    })),
    endings: r.endings.map((e) => ({ id: e.id, kind: e.kind, text: say(e.text, locale) })),
  };
}

/** Compiles the advice for every language and every region, replacing the stored advice. Call inside the content import's transaction. */
export function importSafety(db: Db, bundle: ContentBundle): void {
  createSafetyRepository(db).replaceAll(
    LOCALES.flatMap((locale) => REGIONS.map((region) => localizeSafety(bundle, region, locale))),
  );
}
