import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createKiosk, type Kiosk } from '../../electron/core/create-core.ts';
import type { CallResponse } from '../../shared/api.ts';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
import type { TutorialView } from '../../shared/content-schema.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import { REGIONS, type Region } from '../../shared/regions.ts';
import { unwrap } from '../support/unwrap.ts';
import { loadContentOnce } from './content-once.ts';
import { compileScreenAnswers, type ScreenAnswers } from './screen-answers.ts';
import { composeSheets } from './sheet-views.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every tutorial as the core serves it, per locale, in the order the list shows them. */
    tutorialViews: Record<Locale, TutorialView[]>;
    /** The tutorials whose words differ in a centre's region (a local hotline, a local app name), per region and locale. */
    regionalViews: Array<{ region: Region; locale: Locale; tutorials: TutorialView[] }>;
    /** SWEEP_SHOTS=1 (`npm run test:sweep`): save a picture of every tutorial step for content reviewers. */
    sweepShots: boolean;
    /** The real core's answers to every call the journey's screens make, per locale (screen-answers.ts). */
    screenAnswers: Record<Locale, ScreenAnswers>;
    /** Every printed sheet the print tests draw, by case name, as its region's kiosk composes it (sheet-views.ts). */
    sheetViews: Record<string, ChecklistView>;
    /** A mainland centre's safety advice (its practice calls: the mainland fake police), in 繁體中文 and Arabic. */
    mainlandAdvice: Record<'zh-Hant' | 'ar', CallResponse<'getSafetyAdvice'>>;
  }
}

/**
 * Every tutorial in every language, as a kiosk provisioned for `region` (or none) serves it; `also`
 * asks that kiosk anything else before it closes.
 */
async function compileAll(
  region: Region | null,
  also: (kiosk: Kiosk) => Promise<void> = async () => {},
): Promise<Record<Locale, TutorialView[]>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safecall-component-'));
  if (region) writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify({ region }));
  const kiosk = createKiosk({
    appRoot: join(import.meta.dirname, '..', '..'),
    dataDir,
    warn: () => {},
    loadContent: loadContentOnce,
  });
  try {
    const views = {} as Record<Locale, TutorialView[]>;
    for (const locale of LOCALES) {
      const list = unwrap<CallResponse<'listTutorials'>>(
        'listTutorials',
        await kiosk.dispatch('listTutorials', { locale }),
      );
      views[locale] = [];
      for (const { id } of list.tutorials) {
        const opened = unwrap<CallResponse<'openTutorial'>>(
          'openTutorial',
          await kiosk.dispatch('openTutorial', { tutorialId: id, locale }),
        );
        views[locale].push(opened.tutorial);
      }
    }
    await also(kiosk);
    return views;
  } finally {
    kiosk.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The component tests draw the real content, compiled by the real core: a kiosk started on an empty
 * folder (migrate, import the content), asked for every tutorial in every language, then closed; then
 * one kiosk per region, keeping only the tutorials whose words change there. The browser cannot open
 * SQLite, so the answers travel to it through `provide`.
 */
export default async function setup(project: TestProject): Promise<void> {
  const views = await compileAll(null);
  const regionalViews: Array<{ region: Region; locale: Locale; tutorials: TutorialView[] }> = [];
  const sheetViews: Record<string, ChecklistView> = {};
  const mainlandAdvice = {} as Record<'zh-Hant' | 'ar', CallResponse<'getSafetyAdvice'>>;
  for (const region of REGIONS) {
    const inRegion = await compileAll(region, async (kiosk) => {
      Object.assign(sheetViews, await composeSheets(kiosk, region));
      if (region === 'CN')
        for (const locale of ['zh-Hant', 'ar'] as const)
          mainlandAdvice[locale] = unwrap<CallResponse<'getSafetyAdvice'>>(
            'getSafetyAdvice',
            await kiosk.dispatch('getSafetyAdvice', { locale }),
          );
    });
    for (const locale of LOCALES) {
      const plain = new Map(views[locale].map((t) => [t.id, JSON.stringify(t)]));
      const tutorials = inRegion[locale].filter((t) => plain.get(t.id) !== JSON.stringify(t));
      if (tutorials.length > 0) regionalViews.push({ region, locale, tutorials });
    }
  }
  project.provide('tutorialViews', views);
  project.provide('regionalViews', regionalViews);
  project.provide('sweepShots', process.env.SWEEP_SHOTS === '1');
  project.provide('screenAnswers', await compileScreenAnswers());
  project.provide('sheetViews', sheetViews);
  project.provide('mainlandAdvice', mainlandAdvice);
}
