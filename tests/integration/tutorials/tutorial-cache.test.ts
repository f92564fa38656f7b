import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importContent } from '../../../electron/core/content/content-import.ts';
import { loadContent } from '../../../electron/core/content/content-loader.ts';
import { DATABASE_FILE, migrationsDir } from '../../../electron/core/create-core.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { createWebServer, listen } from '../../../electron/web/server.ts';
import { call, REPO_ROOT, tempDir, testKiosk } from '../../support/temp-dir.ts';

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

  it('are written out afresh over the browser shell too, whose JSON of a cached answer is kept', async () => {
    const kiosk = testKiosk({ kioskJson: { region: 'US' } });
    const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: tempDir('safecall-renderer-') });
    const port = await listen(server, 0);
    const open = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/openTutorial`, {
        method: 'POST',
        body: JSON.stringify({ tutorialId: SHARE, locale: 'en' }),
      });
      return (await response.json()) as Opened;
    };
    try {
      const before = await open();
      expect(await open()).toEqual(before);
      const db = openDatabase(join(kiosk.dataDir, DATABASE_FILE), migrationsDir(REPO_ROOT));
      importContent(db, loadContent(join(REPO_ROOT, 'content')), 'HK');
      db.close();
      expect((await open()).tutorial.summary).not.toBe(before.tutorial.summary);
    } finally {
      server.close();
    }
  });
});
