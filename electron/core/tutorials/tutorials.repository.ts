import type { TutorialSummary, TutorialView } from '../../../shared/content-schema.ts';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { createContentCache } from '../content/content-cache.ts';
import type { Db } from '../db/open-database.ts';

export interface StoredTutorial {
  id: string;
  topic: string;
  order: number;
  minutes: number;
  lastVerified: string;
  views: Map<Locale, TutorialView>;
}

export interface TutorialsRepository {
  /** Call inside the content import's transaction. */
  replaceAll(tutorials: StoredTutorial[]): void;
  listSummaries(locale: Locale): TutorialSummary[];
  getView(id: string, locale: Locale): TutorialView | undefined;
  /** Every tutorial's title in `locale`, English where it has none in it (the staff reports' guide names). */
  titles(locale: Locale): Map<string, string>;
}

/** The card a list or a search shows of a tutorial: one place, so lists and search never differ. */
export const toSummary = (v: TutorialView): TutorialSummary => ({
  id: v.id,
  topic: v.topic,
  title: v.title,
  summary: v.summary,
  minutes: v.minutes,
  locale: v.locale,
  verified: v.verified,
  done: v.checklist.item,
});

/** Views kept parsed at once: a visit opens a handful; the lobby's favourites stay warm all day. */
const VIEWS_KEPT = 64;

/**
 * `contentKey` (the stored content key) turns on the in-memory cache of parsed views and summaries (issue 18:
 * opening a tutorial costs little more than the query it wraps; a list or a search parses no view). Without it
 * (the content import, which only writes) nothing is cached.
 */
export function createTutorialsRepository(db: Db, contentKey?: () => string | undefined): TutorialsRepository {
  const insertTutorial = db.prepare(
    'INSERT INTO tutorial (id, topic, sort_order, minutes, last_verified) VALUES (?, ?, ?, ?, ?)',
  );
  const insertLocale = db.prepare(
    'INSERT INTO tutorial_locale (tutorial_id, locale, served_locale, title, summary, view_json) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectViews = db.prepare<[string], { view_json: string }>(
    'SELECT l.view_json FROM tutorial_locale l JOIN tutorial t ON t.id = l.tutorial_id WHERE l.locale = ? ORDER BY t.sort_order, t.id',
  );
  const selectView = db.prepare<[string, string], { view_json: string }>(
    'SELECT view_json FROM tutorial_locale WHERE tutorial_id = ? AND locale = ?',
  );

  // Titles without parsing every view: a report names its guides on each refresh of the screen.
  const selectTitles = db.prepare<[string], { id: string; title: string }>(
    `SELECT t.id, coalesce(l.title, e.title, t.id) AS title FROM tutorial t
     LEFT JOIN tutorial_locale l ON l.tutorial_id = t.id AND l.locale = ?
     LEFT JOIN tutorial_locale e ON e.tutorial_id = t.id AND e.locale = 'en'`,
  );

  const readView = (id: string, locale: string) => {
    const row = selectView.get(id, locale);
    return row ? (JSON.parse(row.view_json) as TutorialView) : undefined;
  };
  const readSummaries = (locale: string) =>
    selectViews.all(locale).map((r) => toSummary(JSON.parse(r.view_json) as TutorialView));
  const uncached = <V>(_key: string, make: () => V) => make();
  const views = contentKey ? createContentCache<TutorialView>(contentKey, VIEWS_KEPT) : uncached;
  const summaries = contentKey ? createContentCache<TutorialSummary[]>(contentKey, LOCALES.length) : uncached;

  return {
    replaceAll: (tutorials) => {
      db.exec('DELETE FROM tutorial_locale; DELETE FROM tutorial;');
      for (const t of tutorials) {
        insertTutorial.run(t.id, t.topic, t.order, t.minutes, t.lastVerified);
        for (const [locale, view] of t.views)
          insertLocale.run(t.id, locale, view.locale, view.title, view.summary, JSON.stringify(view));
      }
    },
    listSummaries: (locale) => summaries(locale, () => readSummaries(locale)) ?? [],
    titles: (locale) => new Map(selectTitles.all(locale).map((r) => [r.id, r.title])),
    getView: (id, locale) => views(`${id}\0${locale}`, () => readView(id, locale)),
  };
}
