import { join } from 'node:path';
import type { ResultEnvelope } from '../../shared/api.ts';
import type { Region } from '../../shared/regions.ts';
import type { KioskSettings } from '../../shared/settings-schema.ts';
import { importContent } from './content/content-import.ts';
import { ContentError, loadContent } from './content/content-loader.ts';
import { MigrationError } from './db/migrate.ts';
import { openDatabase, type Db } from './db/open-database.ts';
import { createDispatch } from './dispatch.ts';
import { createKioskService } from './kiosk-service.ts';
import { readProvisioningFile } from './settings/provisioning.ts';
import { createSettingsRepository } from './settings/settings.repository.ts';
import { loadOrProvisionSettings } from './settings/settings.service.ts';
import { StartupError } from './startup-error.ts';
import { createChecklistsService } from './checklists/checklists.service.ts';
import { createSavedPlansRepository } from './checklists/saved-plans.repository.ts';
import { browserPrinter, type Printer } from './printing/printer.ts';
import { createContentMetaRepository } from './content/content-meta.repository.ts';
import { createFaultLog } from './health/fault-log.ts';
import { createHealthService } from './health/health.service.ts';
import { createPlansService } from './plans/plans.service.ts';
import { createSafetyRepository } from './safety/safety.repository.ts';
import { createSearchRepository } from './search/search.repository.ts';
import { createSearchService } from './search/search.service.ts';
import { createTutorialsRepository } from './tutorials/tutorials.repository.ts';
import { createTutorialsService } from './tutorials/tutorials.service.ts';
import { createVisitsRepository } from './visits/visits.repository.ts';
import { createVisitsService } from './visits/visits.service.ts';
import { createVisitLogQueue } from './visits/visit-log-queue.ts';
import { createWriteFailureLog } from './visits/write-failure-log.ts';

export { StartupError } from './startup-error.ts';

export const DATABASE_FILE = 'safecall.sqlite';

export interface KioskOptions {
  /** Where the database and kiosk.json live (Electron's userData, or SAFECALL_DATA_DIR). */
  dataDir: string;
  /** The installed app: holds content/ and electron/core/db/migrations/. */
  appRoot: string;
  /** Where the content source is read from; `<appRoot>/content` unless given. */
  contentDir?: string;
  now?: () => Date;
  warn?: (message: string) => void;
  /** The shell's printer; the browser shell's (the page prints itself) unless given. */
  printer?: Printer;
}

export interface Kiosk {
  /** Never throws: every answer, good or bad, is an envelope. */
  dispatch(call: string, payload: unknown): Promise<ResultEnvelope>;
  readonly settings: KioskSettings;
  close(): void;
}

export function migrationsDir(appRoot: string): string {
  return join(appRoot, 'electron', 'core', 'db', 'migrations');
}

function openOrExplain(file: string, appRoot: string): Db {
  try {
    return openDatabase(file, migrationsDir(appRoot));
  } catch (error) {
    if (error instanceof MigrationError) throw new StartupError(error.message, { cause: error });
    throw new StartupError(`Could not open the kiosk database ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Content is compiled into the database when it changed. Broken content never replaces good content:
 * if the source is invalid but the database already holds content, the kiosk keeps serving that and
 * warns; only a kiosk with no usable content at all refuses to start.
 */
function syncContent(db: Db, contentDir: string, region: Region, warn: (message: string) => void): void {
  try {
    importContent(db, loadContent(contentDir), region);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (createContentMetaRepository(db).hash() === undefined) {
      throw new StartupError(`${error.message}\nThe kiosk has no earlier content to fall back on.`, { cause: error });
    }
    warn(`${error.message}\nThe kiosk keeps serving the content it already had.`);
  }
}

export function createKiosk(options: KioskOptions): Kiosk {
  const now = options.now ?? (() => new Date());
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const db = openOrExplain(join(options.dataDir, DATABASE_FILE), options.appRoot);
  try {
    const settings = loadOrProvisionSettings(createSettingsRepository(db), readProvisioningFile(options.dataDir));
    syncContent(db, options.contentDir ?? join(options.appRoot, 'content'), settings.region, warn);
    const tutorialsRepository = createTutorialsRepository(db);
    const tutorials = createTutorialsService(tutorialsRepository);
    const search = createSearchService(createSearchRepository(db), tutorialsRepository);
    const meta = createContentMetaRepository(db);
    const visitsRepository = createVisitsRepository(db);
    const visitLog = createVisitLogQueue(visitsRepository, { now, failureLog: createWriteFailureLog({ now: () => now().getTime(), print: warn }) });
    const visits = createVisitsService(visitsRepository, { now, tutorialExists: tutorials.exists, queue: visitLog });
    const plans = createPlansService({ planData: () => meta.planData(), region: () => settings.region, visits, warn });
    const faults = createFaultLog({ warn, now: () => now().getTime() });
    const health = createHealthService({
      enabledLocales: () => settings.locales,
      tutorialCount: () => tutorialsRepository.listSummaries('en').length,
      unconfirmedCount: () => meta.reviewList().length,
      faultCounts: () => faults.counts(),
      visitLog: () => visitLog.status(),
    });
    const safety = createSafetyRepository(db);
    const checklists = createChecklistsService({
      repo: createSavedPlansRepository(db),
      settings: () => settings,
      tutorial: (id, locale) => tutorialsRepository.getView(id, locale),
      topicTutorials: (topic) => tutorialsRepository.listSummaries('en').filter((t) => t.topic === topic).map((t) => t.id),
      safety: (locale) => safety.get(locale, settings.region),
      print: () => meta.printData(),
      now,
    });
    checklists.purge();
    const dispatch = createDispatch(
      createKioskService({
        settings: () => settings,
        tutorials,
        search,
        plans,
        health,
        faults,
        safety,
        reviewList: () => meta.reviewList(),
        visits,
        checklists,
        printer: options.printer ?? browserPrinter,
        warn,
      }),
    );
    return {
      dispatch,
      settings,
      close: () => {
        // First the visit log: it stops its retry timer and makes a last try to save what waits.
        visitLog.close();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
