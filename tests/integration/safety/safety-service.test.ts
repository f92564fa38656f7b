import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../shared/errors.ts';
import { loadContent } from '../../../electron/core/content/content-loader.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { importSafety } from '../../../electron/core/safety/safety.compile.ts';
import { createSafetyRepository } from '../../../electron/core/safety/safety.repository.ts';
import { createSafetyService } from '../../../electron/core/safety/safety.service.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

describe('the safety service', () => {
  it("answer not_found while no advice is loaded, then the centre's region's advice once it is", () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), migrationsDir(REPO_ROOT));
    const safety = createSafetyService(createSafetyRepository(db), () => 'HK');
    try {
      let thrown: unknown;
      try {
        safety.advice('en');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(KioskError);
      expect(thrown).toMatchObject({ code: 'not_found' });

      db.transaction(() => importSafety(db, loadContent(join(REPO_ROOT, 'content'))))();
      expect(safety.advice('zh-Hant')).toMatchObject({ locale: 'zh-Hant', region: 'HK' });
    } finally {
      db.close();
    }
  });
});
