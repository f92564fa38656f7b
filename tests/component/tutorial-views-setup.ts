import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createKiosk } from '../../electron/core/create-core.ts';
import type { CallResponse } from '../../shared/api.ts';
import type { TutorialView } from '../../shared/content-schema.ts';
import { LOCALES, type Locale } from '../../shared/locales.ts';
import { unwrap } from '../support/unwrap.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every tutorial as the core serves it, per locale, in the order the list shows them. */
    tutorialViews: Record<Locale, TutorialView[]>;
    /** SWEEP_SHOTS=1 (`npm run test:sweep`): save a picture of every tutorial step for content reviewers. */
    sweepShots: boolean;
  }
}

/**
 * The component tests draw the real content, compiled by the real core: one kiosk started on an empty
 * folder (migrate, import the content), asked for every tutorial in every language, then closed. The
 * browser cannot open SQLite, so the answers travel to it through `provide`.
 */
export default async function setup(project: TestProject): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safecall-component-'));
  const kiosk = createKiosk({ appRoot: join(import.meta.dirname, '..', '..'), dataDir, warn: () => {} });
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
    project.provide('tutorialViews', views);
    project.provide('sweepShots', process.env.SWEEP_SHOTS === '1');
  } finally {
    kiosk.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
