import type { Db } from '../../electron/core/db/open-database.ts';

/**
 * A year of a busy kiosk's visit log, written straight into visit_event for the benchmarks (a year's
 * report, a year's export): visits of about 20 events each, in 8 languages (English most), over 40 guides
 * (a few popular, a long tail), about 15% of them assisted by staff, four content versions through the
 * year. Deterministic (a seeded generator): two runs build the same log. One transaction and one prepared
 * statement, with the rollup's trigger on, so the days end up marked for the rollup as the kiosk's would.
 */
export interface YearOfVisitsOptions {
  /** How many events to write (the last visit is cut short to land on it exactly). */
  events: number;
  /** The year's last day ("2026-12-05"); the 364 days before it are the rest. Today (UTC) unless given. */
  lastDay?: string;
  /** The guides' ids; 40 made-up ones unless given (give the content's own to have titles). */
  guides?: string[];
  seed?: number;
}

export interface YearOfVisits {
  firstDay: string;
  lastDay: string;
  visits: number;
  events: number;
}

const LOCALE_WEIGHTS = [
  ['en', 30],
  ['zh-Hant', 16],
  ['zh-Hans', 12],
  ['es', 12],
  ['vi', 9],
  ['ko', 8],
  ['ar', 7],
  ['id', 6],
] as const;
const ANSWERS = [
  'phone-iphone',
  'phone-android',
  'apps-whatsapp',
  'apps-facetime',
  'apps-line',
  'apps-wechat',
  'stranger-call-yes',
  'stranger-call-no',
  'asked-to-share-yes',
  'asked-to-share-no',
];
const CONTENT_VERSIONS = ['3f2a9c01d4e7', '8b41c6e2a90f', 'c07d5e3b1a62', 'e95a20f7c3d8'];

/** mulberry32: small, fast, and the same numbers on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (time: number) => new Date(time).toISOString().slice(0, 10);

export function buildYearOfVisits(db: Db, options: YearOfVisitsOptions): YearOfVisits {
  const rnd = random(options.seed ?? 16);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const guides = options.guides ?? Array.from({ length: 40 }, (_, i) => `guide-${pad(i + 1)}`);
  // A long tail: guide i is opened about 1/(i+1) as often as the first.
  const guideWeights = guides.map((_, i) => 1 / (i + 1));
  const weighted = <T>(items: readonly T[], weights: readonly number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return () => {
      let r = rnd() * total;
      for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
      return items.at(-1)!;
    };
  };
  const locale = weighted(
    LOCALE_WEIGHTS.map(([l]) => l),
    LOCALE_WEIGHTS.map(([, w]) => w),
  );
  const guide = weighted(guides, guideWeights);

  const lastDay = options.lastDay ?? dayString(Date.now());
  const lastTime = Date.parse(`${lastDay}T00:00:00Z`);
  const firstTime = lastTime - 364 * 86_400_000;
  const perDay = options.events / 365;

  const insert = db.prepare(`INSERT INTO visit_event
    (visit_id, kind, hour, locale, second_locale, tutorial_id, step_index, answer_id, assisted, content_version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let events = 0;
  let visits = 0;
  // A page cache big enough for the two indexes as they grow: the default spills to the WAL mid-transaction.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  db.transaction(() => {
    for (let d = 0; d < 365 && events < options.events; d++) {
      const day = dayString(firstTime + d * 86_400_000);
      const version = CONTENT_VERSIONS[Math.min(3, Math.floor(d / 92))]!;
      const dayEnd = Math.min(options.events, Math.round(perDay * (d + 1)));
      while (events < dayEnd) {
        visits += 1;
        const visitId = `00000000-0000-4000-8000-${String(visits).padStart(12, '0')}`;
        const lang = locale();
        // Opening hours, and a visit now and then still going on the next hour.
        let hour = 9 + Math.floor(rnd() * 9);
        const row = (
          kind: string,
          extra: { locale?: string; second?: string; tutorial?: string; step?: number; answer?: string } = {},
          assisted: 0 | 1 | null = null,
        ) => {
          if (events >= dayEnd) return;
          if (chance(0.02) && hour < 23) hour += 1;
          insert.run(
            visitId,
            kind,
            `${day}T${pad(hour)}`,
            extra.locale ?? null,
            extra.second ?? null,
            extra.tutorial ?? null,
            extra.step ?? null,
            extra.answer ?? null,
            assisted,
            version,
          );
          events += 1;
        };
        row('visit_started', { locale: lang }, chance(0.15) ? 1 : 0);
        row('language_chosen', { locale: lang });
        if (chance(0.7)) {
          for (let q = 0; q < 4; q++) row('question_answered', { answer: pick(ANSWERS) });
          row('plan_shown', { locale: lang });
        } else row('browse_viewed');
        const opened = 1 + Math.floor(rnd() * 2);
        for (let g = 0; g < opened; g++) {
          const tutorial = guide();
          row('tutorial_opened', { tutorial, locale: lang });
          const steps = 3 + Math.floor(rnd() * 6);
          for (let s = 0; s < steps; s++) row('tutorial_step_viewed', { tutorial, step: s });
          if (chance(0.08)) row('step_looked_different', { tutorial, step: Math.floor(rnd() * steps) });
          if (chance(0.6)) row('tutorial_completed', { tutorial });
        }
        if (chance(0.5)) {
          row('checklist_shown', { locale: lang });
          if (chance(0.7)) row('checklist_printed', { locale: lang, ...(lang !== 'en' && { second: 'en' }) });
          else if (chance(0.1)) row('print_failed', { locale: lang });
        }
        if (chance(0.03)) row('checklist_resumed', { locale: lang });
        if (chance(0.1)) row('help_requested');
        if (chance(0.05)) row('scam_now_opened');
        if (chance(0.03)) row('after_scam_opened');
        row('done_shown');
        row(chance(0.7) ? 'visit_reset' : 'visit_timed_out');
      }
    }
  })();
  db.pragma(`cache_size = ${cacheSize}`);
  return { firstDay: dayString(firstTime), lastDay, visits, events };
}
