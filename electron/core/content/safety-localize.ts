import type { LocalizedText } from '../../../shared/content-schema.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Region } from '../../../shared/regions.ts';
import type { HotlineView, SafetyAdviceView } from '../../../shared/safety-schema.ts';
import type { ContentBundle } from './content-loader.ts';

const say = (text: LocalizedText, locale: Locale) => text[locale] ?? text.en;

/** A region's own lines first, then those it inherits; emergency numbers before everything else. */
export function regionHotlines(bundle: ContentBundle, region: Region, locale: Locale): HotlineView[] {
  const lines: HotlineView[] = [];
  for (let r: Region | undefined = region; r; r = bundle.hotlines.regions[r].inherits) {
    for (const h of bundle.hotlines.regions[r].hotlines) {
      lines.push({ id: h.id, kind: h.kind, contact: h.contact, name: say(h.name, locale), purpose: say(h.purpose, locale), emergency: h.emergency, verified: h.verified });
    }
  }
  return [...lines.filter((h) => h.emergency), ...lines.filter((h) => !h.emergency)];
}

export function localizeSafety(bundle: ContentBundle, region: Region, locale: Locale): SafetyAdviceView {
  return {
    locale,
    region,
    hotlines: regionHotlines(bundle, region, locale),
    redFlags: bundle.redFlags.redFlags.map((f) => ({ id: f.id, text: say(f.text, locale) })),
    scamNow: { title: say(bundle.scamNow.title, locale), steps: bundle.scamNow.steps.map((s) => ({ id: s.id, text: say(s.text, locale) })) },
    scamScripts: bundle.scamScripts.scripts.map((s) => ({
      id: s.id,
      title: say(s.title, locale),
      story: say(s.story, locale),
      advice: say(s.advice, locale),
      redFlags: s.redFlags,
    })),
  };
}
