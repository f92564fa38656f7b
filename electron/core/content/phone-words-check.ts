import { LOCALES } from '../../../shared/locales.ts';
import { phoneWordIds } from '../../../shared/phone-words.ts';
import type { ContentFile, ContentProblem } from './content-files.ts';
import type { PhoneLabelEntry, PhoneLabelsFile } from './phone-labels-source.ts';
import { allRegionalTexts, type LocalizedText, type RegionalText } from './source-text.ts';
import type { ScreenSource, TutorialSource } from './tutorial-source.ts';

/** The dictionary of phone words from every file of content/phone-labels/, by id; an id given twice is a problem. */
export function phoneDictionary(files: readonly ContentFile<PhoneLabelsFile>[]): { words: Map<string, PhoneLabelEntry>; problems: ContentProblem[] } {
  const words = new Map<string, PhoneLabelEntry>();
  const where = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const f of files) {
    for (const [id, entry] of Object.entries(f.data.labels)) {
      const first = where.get(id);
      if (first) problems.push({ file: f.file, path: `labels.${id}`, message: `phone word "${id}" is also in ${first}` });
      else {
        words.set(id, entry);
        where.set(id, f.file);
      }
    }
  }
  return { words, problems };
}

/** Every word id a screen names, with where. */
export function screenWordIds(screen: ScreenSource): { id: string; path: string }[] {
  const ids: { id: string; path: string }[] = [];
  if (screen.title) ids.push({ id: screen.title, path: 'title' });
  if (screen.back) ids.push({ id: screen.back, path: 'back' });
  screen.rows.forEach((r, i) => {
    ids.push({ id: r.label, path: `rows.${i}.label` });
    if (r.detail) ids.push({ id: r.detail, path: `rows.${i}.detail` });
  });
  screen.apps.forEach((a, i) => ids.push({ id: a.label, path: `apps.${i}.label` }));
  screen.tabs.forEach((t, i) => ids.push({ id: t.label, path: `tabs.${i}.label` }));
  return ids;
}

/** The texts of a tutorial that may name phone words with `{{id}}`: steps' text, tip and check, and the checklist's path. */
export function wordBearingTexts(t: TutorialSource): { text: LocalizedText; path: string }[] {
  const out: { text: LocalizedText; path: string }[] = [{ text: t.checklist.path, path: 'checklist.path' }];
  const add = (text: RegionalText | LocalizedText, path: string) => allRegionalTexts(text).forEach((x) => out.push({ text: x, path }));
  t.variants.forEach((v, vi) =>
    v.steps.forEach((s, si) => {
      const at = `variants.${vi}.steps.${si}`;
      add(s.text, `${at}.text`);
      if (s.tip) add(s.tip, `${at}.tip`);
      if (s.check) add(s.check, `${at}.check`);
    }),
  );
  return out;
}

/** Every word id a tutorial uses, in its pictures and its texts. */
export function tutorialWordIds(t: TutorialSource): Set<string> {
  const ids = new Set<string>();
  for (const v of t.variants) for (const s of v.steps) if (s.screen) for (const { id } of screenWordIds(s.screen)) ids.add(id);
  for (const { text } of wordBearingTexts(t)) for (const value of Object.values(text)) if (value) for (const id of phoneWordIds(value)) ids.add(id);
  return ids;
}

/**
 * Every word a picture or a text names is in the dictionary, and every language of a text names the
 * same words (a translation that drops `{{ios-apps}}` would tell that reader a different place).
 */
export function checkPhoneWords(file: string, t: TutorialSource, words: ReadonlyMap<string, PhoneLabelEntry>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  t.variants.forEach((v, vi) =>
    v.steps.forEach((s, si) => {
      if (!s.screen) return;
      for (const { id, path } of screenWordIds(s.screen)) {
        if (!words.has(id)) problems.push({ file, path: `variants.${vi}.steps.${si}.screen.${path}`, message: `no phone word "${id}" in content/phone-labels/` });
      }
    }),
  );
  for (const { text, path } of wordBearingTexts(t)) {
    const english = phoneWordIds(text.en).sort().join(' ');
    for (const id of phoneWordIds(text.en)) if (!words.has(id)) problems.push({ file, path, message: `no phone word "${id}" in content/phone-labels/` });
    for (const locale of LOCALES) {
      const value = text[locale];
      if (value === undefined || locale === 'en') continue;
      const own = phoneWordIds(value).sort().join(' ');
      if (own !== english) problems.push({ file, path: `${path}.${locale}`, message: `names the phone words [${own}], English names [${english}]: every language names the same` });
    }
  }
  return problems;
}
