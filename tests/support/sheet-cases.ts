import type { SavedPlan } from '../../shared/checklist-schema.ts';
import type { Topic } from '../../shared/content-schema.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import { REGIONS, type Region } from '../../shared/regions.ts';
import type { PaperSize } from '../../shared/settings-schema.ts';

/**
 * The printed sheets the tests hold to their promises: every sheet the component tests draw and fit
 * (tests/component/print-sheets.test.tsx, with the real core's answers composed in
 * tests/component/sheet-views.ts), and the hard few the e2e test prints to real PDFs
 * (tests/e2e/checklist-pdf.e2e.ts) to prove the paper never holds more pages than the fit predicted.
 */

/** A typical plan: three guides, one done. */
export const TYPICAL: SavedPlan = {
  actions: [
    { tutorialId: 'general-stop-screen-share' },
    { tutorialId: 'iphone-turn-off-facetime' },
    { tutorialId: 'iphone-silence-unknown-callers' },
  ],
  completed: ['iphone-turn-off-facetime'],
};

/** The guides with the longest menu paths. */
const LONGEST_PATHS = [
  'iphone-imessage-unknown-senders',
  'wechat-hide-nearby-location',
  'iphone-silence-unknown-callers',
  'whatsapp-two-step-verification',
  'whatsapp-privacy-checkup',
];
/** The longest personal plan: five actions with the longest paths, three of them done, three more guides browsed and done. */
export const WORST_PLAN: SavedPlan = {
  actions: LONGEST_PATHS.map((tutorialId) => ({ tutorialId })),
  completed: [
    ...LONGEST_PATHS.slice(2),
    'iphone-turn-off-facetime',
    'general-stop-screen-share',
    'android-google-phone-spam',
  ],
};
/** The same plan before anything is done: every path printed. */
export const NOTHING_DONE_YET: SavedPlan = {
  actions: LONGEST_PATHS.map((tutorialId) => ({ tutorialId })),
  completed: [],
};

/** Each region's test centre: its name and paper, as its kiosk.json would give them. */
export const CENTRES: Record<Region, { paperSize: PaperSize; centreName: string }> = {
  HK: { paperSize: 'A4', centreName: 'Kowloon Public Library' },
  CN: { paperSize: 'A4', centreName: '社区服务中心' },
  US: { paperSize: 'Letter', centreName: 'Queens Public Library' },
  'US-NYC': { paperSize: 'Letter', centreName: 'Flushing Senior Center' },
  UK: { paperSize: 'A4', centreName: 'Leeds Central Library' },
  ID: { paperSize: 'A4', centreName: 'Perpustakaan Kota' },
  generic: { paperSize: 'A4', centreName: 'Community Centre' },
};

export const PAPERS: readonly PaperSize[] = ['A4', 'Letter'];
/** The region with the most printed lines and the longest things to say about them. */
export const LONG_REGION: Region = 'UK';
/** The longest language pairs for a personal plan, both ways round. */
export const LONG_PLAN_PAIRS: ReadonlyArray<[Locale, Locale]> = [
  ['ar', 'id'],
  ['id', 'ar'],
  ['vi', 'es'],
  ['es', 'vi'],
];
/** A handout in each script family beside another: Arabic and Latin, Latin and Korean, Latin and Traditional Chinese. */
export const HANDOUT_PAIRS: ReadonlyArray<[Locale, Locale]> = [
  ['ar', 'en'],
  ['vi', 'ko'],
  ['es', 'zh-Hant'],
];
export const HANDOUT_TOPICS: readonly Topic[] = ['iphone', 'whatsapp', 'wechat', 'android', 'general'];

export interface SheetCase {
  /** Unique: the composed view is handed to the browser under this name, and it names the PDF. */
  name: string;
  region: Region;
  paper: PaperSize;
  centreName: string;
  /** A personal sheet is saved from `plan` first; a handout is composed from its topic. */
  sheet: { kind: 'personal'; plan: SavedPlan } | { kind: 'handout'; topic: Topic };
  lang: Locale;
  second?: Locale;
}

function sheetCase(
  name: string,
  region: Region,
  sheet: SheetCase['sheet'],
  lang: Locale,
  second?: Locale,
  paper: PaperSize = CENTRES[region].paperSize,
): SheetCase {
  return { name, region, paper, centreName: CENTRES[region].centreName, sheet, lang, ...(second && { second }) };
}
const personal = (plan: SavedPlan) => ({ kind: 'personal', plan }) as const;
const handout = (topic: Topic) => ({ kind: 'handout', topic }) as const;

/** A typical plan in every language, at a Hong Kong centre (four hotlines): one page each. */
export const TYPICAL_EVERY_LANGUAGE = LOCALES.map((locale) =>
  sheetCase(`typical-HK-${locale}`, 'HK', personal(TYPICAL), locale),
);

/** A typical plan in English in every region, on the centre's paper. */
export const EVERY_REGION = REGIONS.map((region) => sheetCase(`region-${region}-en`, region, personal(TYPICAL), 'en'));

/** Bilingual typical plans, each at a centre where the pair is spoken. */
export const BILINGUAL = (
  [
    ['ar', 'en', 'US-NYC'],
    ['zh-Hant', 'en', 'HK'],
    ['es', 'en', 'US'],
    ['zh-Hans', 'zh-Hant', 'CN'],
    ['vi', 'ko', 'generic'],
  ] as const
).map(([lang, second, region]) => sheetCase(`bilingual-${lang}-${second}`, region, personal(TYPICAL), lang, second));

/** Staff handouts in one language. */
export const STAFF_HANDOUTS = (
  [
    ['general', 'zh-Hant'],
    ['whatsapp', 'ar'],
    ['wechat', 'zh-Hans'],
  ] as const
).map(([topic, lang]) => sheetCase(`handout-${topic}-${lang}`, 'HK', handout(topic), lang));

/** The longest personal plans on both papers in the longest pairs (the nothing-done plan in the first two). */
export const LONGEST_PLANS = PAPERS.flatMap((paper) => [
  ...LONG_PLAN_PAIRS.map(([lang, second]) =>
    sheetCase(`longest-plan-worst-${lang}-${second}-${paper}`, LONG_REGION, personal(WORST_PLAN), lang, second, paper),
  ),
  ...LONG_PLAN_PAIRS.slice(0, 2).map(([lang, second]) =>
    sheetCase(
      `longest-plan-nothing-done-${lang}-${second}-${paper}`,
      LONG_REGION,
      personal(NOTHING_DONE_YET),
      lang,
      second,
      paper,
    ),
  ),
]);

/** Every handout topic on both papers, in each pair (the iPhone one has ten guides). */
export const EVERY_HANDOUT = PAPERS.flatMap((paper) =>
  HANDOUT_TOPICS.flatMap((topic) =>
    HANDOUT_PAIRS.map(([lang, second]) =>
      sheetCase(`handout-${topic}-${lang}-${second}-${paper}`, LONG_REGION, handout(topic), lang, second, paper),
    ),
  ),
);

/** Two guides with bracketed notes in their menu paths, in Arabic beside English. */
export const MENU_PATHS = sheetCase(
  'menu-paths-ar-en',
  'HK',
  personal({
    actions: [{ tutorialId: 'iphone-silence-unknown-callers' }, { tutorialId: 'iphone-block-caller' }],
    completed: [],
  }),
  'ar',
  'en',
);

/** A US sheet in Arabic: its hotlines are spelled with letters and digits (1-877-FTC-HELP). */
export const NUMBERS_IN_ARABIC = sheetCase('numbers-in-arabic-US', 'US', personal(TYPICAL), 'ar');

export const SHEET_CASES: readonly SheetCase[] = [
  ...TYPICAL_EVERY_LANGUAGE,
  ...EVERY_REGION,
  ...BILINGUAL,
  ...STAFF_HANDOUTS,
  ...LONGEST_PLANS,
  ...EVERY_HANDOUT,
  MENU_PATHS,
  NUMBERS_IN_ARABIC,
];

/** One case by name: the e2e test prints a few of the cases the component tests fit. */
export function sheetCaseNamed(name: string): SheetCase {
  const found = SHEET_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no sheet case named ${name}`);
  return found;
}
