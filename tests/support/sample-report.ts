import type { Locale } from '../../shared/locales.ts';
import type { SuppressedVisitReport, VisitReport } from '../../shared/report-schema.ts';

/**
 * A month of a busy lobby kiosk, as getVisitReport answers it: for the report screen's component tests,
 * the chart tests and the screenshots. Guide titles are the content's, in English, Hong Kong Chinese and
 * Arabic (other languages fall back to English, as the core does for an untranslated title).
 */
const TITLES: Record<string, Partial<Record<Locale, string>> & { en: string }> = {
  'iphone-silence-unknown-callers': {
    en: 'Silence calls from unknown numbers',
    'zh-Hant': '把陌生號碼的來電靜音',
    ar: 'أسكِت المكالمات من الأرقام غير المعروفة',
  },
  'general-spot-fake-video-call': {
    en: 'Spot a fake video call',
    'zh-Hant': '識破假視像通話',
    ar: 'اكتشف مكالمة الفيديو المزيفة',
  },
  'whatsapp-silence-unknown-callers': {
    en: 'Silence unknown callers in WhatsApp',
    'zh-Hant': '在 WhatsApp 把陌生來電設為靜音',
    ar: 'اكتم المتصلين المجهولين في WhatsApp',
  },
  'iphone-turn-off-facetime': { en: 'Turn off FaceTime', 'zh-Hant': '關閉 FaceTime', ar: 'أوقِف FaceTime' },
  'android-google-phone-spam': {
    en: 'Google Phone app: filter spam calls and block hidden numbers',
    'zh-Hant': 'Google「電話」應用程式：過濾騷擾來電，封鎖隱藏號碼',
    ar: 'تطبيق الهاتف من Google: صفِّ المكالمات المزعجة واحظر الأرقام المخفية',
  },
  'general-stop-screen-share': {
    en: 'Stop sharing your screen now',
    'zh-Hant': '立即停止共享螢幕',
    ar: 'أوقِف مشاركة شاشتك الآن',
  },
  'iphone-two-factor': {
    en: 'Check two-factor authentication on your Apple Account',
    'zh-Hant': '檢查 Apple 帳戶的雙重認證',
    ar: 'تحقَّق من المصادقة الثنائية لحساب Apple',
  },
};

const GUIDE_COUNTS: [string, number, number, number][] = [
  ['iphone-silence-unknown-callers', 64, 51, 3],
  ['general-spot-fake-video-call', 48, 44, 0],
  ['whatsapp-silence-unknown-callers', 37, 29, 2],
  ['iphone-turn-off-facetime', 22, 20, 0],
  ['android-google-phone-spam', 15, 9, 4],
  ['general-stop-screen-share', 7, 6, 0],
  ['iphone-two-factor', 3, 1, 0],
];

/** Visits on each day of November 2026: quiet weekends, a busy talk on the 18th. */
const DAILY = [9, 7, 11, 8, 10, 2, 0, 12, 9, 8, 13, 7, 3, 1, 10, 9, 14, 31, 11, 2, 0, 9, 12, 10, 8, 7, 1, 0, 11, 6];

export function sampleReport(locale: Locale = 'en'): VisitReport {
  const total = DAILY.reduce((a, b) => a + b, 0);
  const assistedDaily = DAILY.map((v, i) => (i === 17 ? 12 : Math.floor(v / 4)));
  const assisted = assistedDaily.reduce((a, b) => a + b, 0);
  return {
    range: { from: '2026-11-01', to: '2026-11-30' },
    step: 'day',
    centreName: 'Kowloon Library',
    kioskLabel: 'Lobby kiosk',
    contentVersions: ['3f9a1c2b7d40'],
    visits: { total, assisted, selfGuided: total - assisted },
    series: DAILY.map((visits, i) => ({
      start: `2026-11-${String(i + 1).padStart(2, '0')}`,
      visits,
      assisted: assistedDaily[i] ?? 0,
    })),
    languages: [
      { locale: 'zh-Hant', visits: 111 },
      { locale: 'en', visits: 61 },
      { locale: 'vi', visits: 27 },
      { locale: 'zh-Hans', visits: 20 },
      { locale: 'ar', visits: 14 },
      { locale: 'es', visits: 4 },
      { locale: 'ko', visits: 3 },
      { locale: 'id', visits: 1 },
    ],
    guides: GUIDE_COUNTS.map(([tutorialId, opened, completed, lookedDifferent]) => ({
      tutorialId,
      title: TITLES[tutorialId]?.[locale] ?? TITLES[tutorialId]?.en ?? tutorialId,
      opened,
      completed,
      lookedDifferent,
    })),
    checklists: { plans: 131, shown: 126, printed: 97, printFailed: 4, sentToBrowser: 0, resumed: 12 },
    help: { helpRequested: 22, scamNow: 3, afterScam: 2 },
  };
}

/** The same range with nothing in it: every step zero, no languages, no guides. */
export function emptyReport(): VisitReport {
  const report = sampleReport();
  return {
    ...report,
    contentVersions: [],
    visits: { total: 0, assisted: 0, selfGuided: 0 },
    series: report.series.map((s) => ({ ...s, visits: 0, assisted: 0 })),
    languages: [],
    guides: [],
    checklists: { plans: 0, shown: 0, printed: 0, printFailed: 0, sentToBrowser: 0, resumed: 0 },
    help: { helpRequested: 0, scamNow: 0, afterScam: 0 },
  };
}

/**
 * Every count from 1 to below `below` written "<below", as exports and paper show it (the export's own
 * suppression is report-export's; this is only a fixture shaped like its answer).
 */
export function suppressed(report: VisitReport, below = 5): SuppressedVisitReport {
  const hide = (value: unknown): unknown => {
    if (typeof value === 'number') return value > 0 && value < below ? `<${below}` : value;
    if (Array.isArray(value)) return value.map(hide);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hide(v)]));
    return value;
  };
  const { range, step, centreName, kioskLabel, contentVersions, ...counts } = report;
  return { range, step, centreName, kioskLabel, contentVersions, ...(hide(counts) as object) } as SuppressedVisitReport;
}
