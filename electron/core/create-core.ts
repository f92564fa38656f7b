import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskSettings } from '../../shared/settings-schema.ts';
import { createBackupKeeper, type BackupKeeper } from './backup/backup-keeper.ts';
import { recoverDatabase } from './backup/recover.ts';
import { damagedFilesKept } from './backup/restore.ts';
import type { SyncContext } from './content/content-sync.ts';
import { createContentPacks, type ContentPacks } from './content-pack/content-packs.service.ts';
import type { ApplyPhase } from './content-pack/pack-apply.ts';
import { syncServedContent } from './content-pack/served-content.ts';
import { APP_KEYS_FOLDER } from './content-pack/trusted-keys.ts';
import { createWriteGate, gateWrites } from './content-pack/writes-wait.ts';
import { PACK_WORKER_SOURCE } from './content-pack/pack-worker-run.ts';
import { hasPendingMigrationOnHistory, MigrationError } from './db/migrate.ts';
import { openDatabase, type Db } from './db/open-database.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { createHandlers } from './handlers.ts';
import { parseStaffSetupCode, readProvisioningFile } from './settings/provisioning.ts';
import { createSettingsRepository } from './settings/settings.repository.ts';
import { loadOrProvisionSettings } from './settings/settings.service.ts';
import { StartupError } from './startup-error.ts';
import { diskCause, diskSentence, explainStartupFailure } from './startup-failure.ts';
import { makePrivateFolder } from './private-files.ts';
import { createChecklistsService } from './checklists/checklists.service.ts';
import { createSavedPlansRepository } from './checklists/saved-plans.repository.ts';
import { browserPrinter, type Printer } from './print/printer.ts';
import { watchPrinter } from './print/printer-status.ts';
import { createNewsEmitter, type NewsSource } from './news/news-emitter.ts';
import { createContentMetaRepository } from './content/content-meta.repository.ts';
import { createFaultLog } from './health/fault-log.ts';
import { createHealthService } from './health/health.service.ts';
import { clockSanity, createHealthFactsRepository, diskFree, runtimeVersions } from './health/health-facts.ts';
import { createPlansService } from './plans/plans.service.ts';
import { createSafetyRepository } from './safety/safety.repository.ts';
import { createSafetyService } from './safety/safety.service.ts';
import { createSearchRepository } from './search/search.repository.ts';
import { createSearchService } from './search/search.service.ts';
import { createTutorialsRepository } from './tutorials/tutorials.repository.ts';
import { createTutorialsService } from './tutorials/tutorials.service.ts';
import { createStaffRepository } from './staff/staff.repository.ts';
import { createStaffService } from './staff/staff.service.ts';
import { createStaffSessions } from './staff/staff-sessions.ts';
import type { ScryptCost } from './staff/secret-hash.ts';
import { createReportExport } from './reports/report-export.service.ts';
import { createVisitsRepository } from './visits/visits.repository.ts';
import { createVisitsService } from './visits/visits.service.ts';
import { createPrintTickets } from './reports/print-tickets.ts';
import { createReportSheets } from './reports/report-sheet.ts';
// report-core: the visit rollup, its retention and the staff reports' numbers.
import { startVisitLogRetention } from './reports/retention.ts';
import { createVisitRollupRepository } from './reports/visit-rollup.repository.ts';
import { createVisitReportRepository } from './reports/visit-report.repository.ts';
import { createVisitReportService } from './reports/visit-report.service.ts';
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
  /** Reads the content source; loadContent unless given (tests parse the real content once per file). */
  loadContent?: SyncContext['load'];
  /** scrypt's cost for the staff PIN; SCRYPT_COST (staff/secret-hash.ts) unless a test asks for a cheaper one. */
  pinHashCost?: ScryptCost;
  /**
   * Ends the kiosk program (Electron: app.quit through the close guard). The browser shell has none:
   * exitKiosk answers `not_supported` there and staff home shows no button for it.
   */
  exit?: () => void;
  /**
   * Reports (report-export): Electron asks staff for the folder an export goes to (a dialog, typically a
   * USB stick), undefined when they close it. The browser shell has none: the page downloads the files.
   */
  chooseExportFolder?: () => Promise<string | undefined>;
  /** Content packs (issue 19): Electron's file dialog for a pack on the stick. The browser shell's page uploads it. */
  choosePackFile?: () => Promise<string | undefined>;
  /** The app's trusted content keys; `<appRoot>/electron/core/content-pack/trusted-keys` unless given. */
  appKeysDir?: string;
  /**
   * The content pack import's worker (pack-import-worker.ts); the source file unless given. The Electron shell gives
   * its bundle, dist/electron/pack-import-worker.cjs.
   */
  packWorkerFile?: string;
  /**
   * Tests only: called at each step of a pack's apply (the kill test stops the process there). Inside the
   * transaction a returned promise holds the worker until it settles; it must not await a write call (writes wait
   * for the import), only start one.
   */
  onPackApplyPhase?: (phase: ApplyPhase) => void | Promise<void>;
  /** Tests only: a pack's import cannot grow the database (a full disk, simulated). */
  packImportPinned?: boolean;
}

export interface Kiosk {
  /**
   * Never throws: every answer, good or bad, is an envelope. `from` names the caller (window or page)
   * and carries its staff token: staff calls are refused without a valid one (shared/call-access.ts).
   */
  dispatch: Dispatch;
  /** The centre's settings as they are now (first-run setup can change them while the kiosk runs). */
  readonly settings: KioskSettings;
  /** News for the page (shared/news.ts): each shell subscribes once and forwards it to its pages. */
  readonly news: NewsSource;
  /**
   * Content packs (issue 19), for npm run content:import on the kiosk's own machine: the same open and apply the
   * staff page's calls make. Pages never reach this: they go through dispatch, behind the PIN.
   */
  readonly contentPacks: Pick<ContentPacks, 'open' | 'apply' | 'status'>;
  close(): void;
}

/** The installed app's version (package.json), read once at start for the health page. */
function appVersion(appRoot: string): string {
  try {
    const json = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    // A packaged app without its package.json still runs; staff then read "unknown".
    return 'unknown';
  }
}

export function migrationsDir(appRoot: string): string {
  return join(appRoot, 'electron', 'core', 'db', 'migrations');
}

/** Opens the database; a migration that is about to change a database with history is backed up first. */
function openOrExplain(file: string, dataDir: string, appRoot: string, backups: BackupKeeper): Db {
  try {
    return openDatabase(file, migrationsDir(appRoot), {
      beforeMigrate: (db, migrations) => {
        if (hasPendingMigrationOnHistory(db, migrations)) backups.snapshot(db, 'before-migration');
      },
    });
  } catch (error) {
    if (error instanceof MigrationError) throw new StartupError(error.message, { cause: error });
    const explained = explainStartupFailure(error, dataDir);
    if (explained instanceof StartupError) throw explained;
    throw new StartupError(`Could not open the kiosk database ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Starts the core on the data folder. Every failure that stops it is a StartupError with a message for
 * the person looking after the kiosk; a disk that is full, read-only or not writable says so in one
 * sentence naming the folder (startup-failure.ts).
 */
export function createKiosk(options: KioskOptions): Kiosk {
  try {
    return startKiosk(options);
  } catch (error) {
    throw explainStartupFailure(error, options.dataDir);
  }
}

function startKiosk(options: KioskOptions): Kiosk {
  const now = options.now ?? (() => new Date());
  const warn = options.warn ?? ((m: string) => console.warn(m));
  makePrivateFolder(options.dataDir);
  const file = join(options.dataDir, DATABASE_FILE);
  const recovery = recoverDatabase({ file, dataDir: options.dataDir, now, warn });
  // The one emitter of news; features are handed `news.emit`, or `news.emitTo` for one window or page.
  const news = createNewsEmitter(warn);
  const backups = createBackupKeeper({
    dataDir: options.dataDir,
    now,
    warn,
    onOutcome: (outcome) => news.emit('backup', outcome),
  });
  const db = openOrExplain(file, options.dataDir, options.appRoot, backups);
  try {
    const settingsRepository = createSettingsRepository(db);
    const provisioningFile = readProvisioningFile(options.dataDir);
    let settings = loadOrProvisionSettings(settingsRepository, provisioningFile);
    // The content served: the installed pack the database names, or the app's own (served-content.ts).
    const places = { dataDir: options.dataDir, appContentDir: options.contentDir ?? join(options.appRoot, 'content') };
    const sync = (region: KioskSettings['region'], sweep: boolean) =>
      syncServedContent(db, places, region, {
        sweep,
        dataDir: options.dataDir,
        warn,
        backups,
        ...(options.loadContent && { load: options.loadContent }),
      });
    sync(settings.region, true);
    const meta = createContentMetaRepository(db);
    const tutorialsRepository = createTutorialsRepository(db, meta.hash);
    const tutorials = createTutorialsService(tutorialsRepository);
    const search = createSearchService(createSearchRepository(db), tutorialsRepository, meta.hash);
    const visitsRepository = createVisitsRepository(db);
    const visitLog = createVisitLogQueue(visitsRepository, {
      now,
      failureLog: createWriteFailureLog({ now: () => now().getTime(), print: warn }),
    });
    const safety = createSafetyService(createSafetyRepository(db), () => settings.region);
    const visits = createVisitsService(visitsRepository, {
      now,
      tutorialExists: tutorials.exists,
      rehearsalFlags: (id) => safety.rehearsalFlags(id),
      queue: visitLog,
      // log-owner: every event names the content it was served with, as getHealth's content.version does.
      contentVersion: () => meta.hash()?.slice(0, 12),
    });
    const plans = createPlansService({ planData: () => meta.planData(), region: () => settings.region, visits, warn });
    const faults = createFaultLog({ warn, now: () => now().getTime() });
    // While the printer is down the core asks the shell's check now and then, to tell staff it is back.
    const printer = watchPrinter(options.printer ?? browserPrinter, news.emit, { printerName: () => settings.printer });
    const healthFacts = createHealthFactsRepository(db);
    const installedVersion = appVersion(options.appRoot);
    const versions = runtimeVersions(installedVersion);
    const health = createHealthService({
      enabledLocales: () => settings.locales,
      tutorialCount: () => tutorials.count(),
      unconfirmedCount: () => meta.reviewList().length,
      faultCounts: () => faults.counts(),
      visitLog: () => visitLog.status(),
      recovery: () => ({ lastStart: recovery, damagedFilesKept: damagedFilesKept(options.dataDir) }),
      backups: () => backups.status(),
      throttledCodeAttempts: () => checklists.throttledAttempts(),
      // The browser shell's page prints through the browser: there is no printer of the kiosk's to know.
      printer: () => (options.printer === undefined ? 'browser' : (printer.state() ?? 'unknown')),
      facts: () => {
        const newest = healthFacts.newest();
        const hash = meta.hash();
        return {
          database: healthFacts.integrity(),
          disk: diskFree(options.dataDir),
          clock: clockSanity(now(), newest),
          versions,
          ...(hash !== undefined && { contentVersion: hash.slice(0, 12) }),
          ...(newest.verified !== undefined && { contentVerified: newest.verified }),
        };
      },
    });
    const checklists = createChecklistsService({
      repo: createSavedPlansRepository(db),
      settings: () => settings,
      tutorial: (id, locale) => tutorials.view(id, locale),
      topicTutorials: (topic) => tutorials.idsOfTopic(topic),
      safety: (locale) => safety.advice(locale),
      print: () => meta.printData(),
      now,
      warn,
    });
    try {
      checklists.purge();
    } catch (error) {
      // Deleting expired plans needs a little space too; on a full disk they wait for the next start.
      if (diskCause(error, options.dataDir) !== 'full') throw error;
      warn(`${diskSentence('full', options.dataDir)} Expired saved plans are deleted at a later start.`);
    }
    // A session that ends is news for its own window or page only (news.emitTo), never for another's.
    const sessions = createStaffSessions({
      now: () => now().getTime(),
      onEnded: (caller, reason) => news.emitTo(caller, 'staffSessionEnded', { reason }),
    });
    const staff = createStaffService({
      repo: createStaffRepository(db),
      sessions,
      now: () => now().getTime(),
      // Settings taken from a kiosk.json keep its hash; setup and the defaults keep none.
      provisioned: () => settingsRepository.read()?.provisionedFrom != null,
      ...(options.pinHashCost && { cost: options.pinHashCost }),
    });
    if (provisioningFile) {
      staff.armSetupCode(provisioningFile.hash, parseStaffSetupCode(provisioningFile));
      const status = staff.status({ caller: undefined, staff: false });
      // The one place this can be said: the health page is behind the PIN that does not exist yet.
      if (!status.pinSet && !status.setupCodeNeeded)
        warn(
          'No staff PIN yet, and kiosk.json sets no staffSetupCode: whoever opens the staff pad first chooses the PIN. Add a staffSetupCode to kiosk.json to prevent that.',
        );
    }
    const applySettings = (next: KioskSettings) => {
      // Content is compiled for the centre's region: a new region is imported before it is served.
      if (next.region !== settings.region) sync(next.region, false);
      settingsRepository.write({ json: JSON.stringify(next), provisionedFrom: null });
      settings = next;
    };
    // report-core: a report first counts what is new (the rollup), then reads only the rollup; the days
    // the rollup counts again (hourly, or for a report) are read afresh by the next report.
    const reports = createVisitReportService({
      repo: createVisitReportRepository(db),
      refresh: () => rollup.refresh(),
      titles: (locale) => tutorials.titles(locale),
      labels: () => ({ centreName: settings.centreName, kioskLabel: settings.kioskLabel }),
      warn,
    });
    const rollup = createVisitRollupRepository(db, { recounted: reports.forget });
    // Content packs import on a worker with its own connection; the main connection's writes keep out of its way.
    const gate = createWriteGate();
    const contentPacks = createContentPacks({
      gate,
      db,
      places,
      appVersion: installedVersion,
      appKeysDir: options.appKeysDir ?? join(options.appRoot, APP_KEYS_FOLDER),
      region: () => settings.region,
      backups,
      now,
      warn,
      currentTitles: () => tutorials.titles('en'),
      choosePackFile: options.choosePackFile,
      dbFile: file,
      migrationsDir: migrationsDir(options.appRoot),
      workerFile: options.packWorkerFile ?? join(options.appRoot, PACK_WORKER_SOURCE),
      ...(options.onPackApplyPhase && { onPhase: options.onPackApplyPhase }),
      ...(options.packImportPinned && { pinPages: true }),
    });
    const dispatch = createDispatch(
      gateWrites(
        createHandlers({
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
          printer,
          staff,
          reports,
          applySettings,
          warn,
          // report-print
          reportSheets: createReportSheets({
            tickets: createPrintTickets({ now: () => now().getTime() }),
            settings: () => settings,
            now,
          }),
          ...(options.exit && { exit: options.exit }),
          reportExport: createReportExport({ settings: () => settings, now, chooseFolder: options.chooseExportFolder }),
          contentPacks,
        }),
        gate,
      ),
      undefined,
      sessions,
    );
    backups.start(db);
    // The rollup counts new events each hour; raw events older than the setting go once a day (audit M4).
    const retention = startVisitLogRetention({
      repo: rollup,
      now,
      retentionDays: () => settings.visitLog.retentionDays,
      warn,
    });
    return {
      dispatch,
      get settings() {
        return settings;
      },
      news,
      contentPacks,
      close: () => {
        // First the visit log: it stops its retry timer and makes a last try to save what waits.
        visitLog.close();
        backups.stop();
        retention.stop();
        sessions.close();
        printer.stop();
        contentPacks.close();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
