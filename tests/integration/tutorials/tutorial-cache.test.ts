import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importContent } from '../../../electron/core/content/content-import.ts';
import { loadContent } from '../../../electron/core/content/content-loader.ts';
import { DATABASE_FILE, migrationsDir } from '../../../electron/core/create-core.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { call, REPO_ROOT, testKiosk } from '../../support/temp-dir.ts';

const SHARE = 'general-stop-screen-share';

interface Opened {
  tutorial: { summary: string; variants: { steps: { text: string }[] }[] };
}

// Issue 18: opened tutorials and lists are kept parsed in memory. Content imported behind the running core's back
// (as a content pack or a region change writes it) must be served at the next call, never the cached old one.
describe('tutorials kept in memory', () => {
  it('are served afresh as soon as other content is imported into the database', async () => {
    const kiosk = testKiosk({ kioskJson: { region: 'US' } });
    const before = await call<Opened>(kiosk, 'openTutorial', { tutorialId: SHARE, locale: 'en' });
    expect(await call<Opened>(kiosk, 'openTutorial', { tutorialId: SHARE, locale: 'en' })).toEqual(before);

    // Hong Kong's compile names Tencent Meeting where the default does not.
    const db = openDatabase(join(kiosk.dataDir, DATABASE_FILE), migrationsDir(REPO_ROOT));
    importContent(db, loadContent(join(REPO_ROOT, 'content')), 'HK');
    db.close();

    const after = await call<Opened>(kiosk, 'openTutorial', { tutorialId: SHARE, locale: 'en' });
    expect(after.tutorial.summary).not.toBe(before.tutorial.summary);
    const list = await call<{ tutorials: { id: string; summary: string }[] }>(kiosk, 'listTutorials', { locale: 'en' });
    expect(list.tutorials.find((t) => t.id === SHARE)?.summary).toBe(after.tutorial.summary);
  });
});
