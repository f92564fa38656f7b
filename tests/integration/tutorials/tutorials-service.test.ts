import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../electron/core/content/content-loader.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { importTutorials } from '../../../electron/core/tutorials/tutorials.compile.ts';
import { createTutorialsRepository } from '../../../electron/core/tutorials/tutorials.repository.ts';
import { createTutorialsService } from '../../../electron/core/tutorials/tutorials.service.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

describe('the tutorials service', () => {
  it("count every loaded tutorial (staff health) and list a topic's in the list's order (its handout)", () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
    const tutorials = createTutorialsService(createTutorialsRepository(db));
    try {
      expect(tutorials.count()).toBe(0);
      const bundle = loadContent(join(REPO_ROOT, 'content'));
      db.transaction(() => importTutorials(db, bundle, 'US'))();

      expect(tutorials.count()).toBe(bundle.tutorials.length);
      const wechat = bundle.tutorials
        .filter((t) => t.topic === 'wechat')
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
      expect(wechat.length).toBeGreaterThan(1);
      expect(tutorials.idsOfTopic('wechat')).toEqual(wechat.map((t) => t.id));
    } finally {
      db.close();
    }
  });
});
