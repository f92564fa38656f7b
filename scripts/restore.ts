import { join } from 'node:path';
import { backupsFolder } from '../electron/core/backup/backup-files.ts';
import { listBackupsChecked, restoreBackup, RestoreRefused } from '../electron/core/backup/restore-command.ts';
import { configuredDataDir, defaultDataDir } from '../electron/core/data-dir.ts';
import { DATABASE_FILE } from '../electron/core/create-core.ts';

/**
 * `npm run restore` puts the newest good backup in place of the kiosk database;
 * `npm run restore -- <backup>` a chosen one (a name from the list, or a path);
 * `npm run restore -- --list` lists the backups. The data folder is the shells' own
 * (SAFECALL_DATA_DIR, or the per-user folder). Stop the kiosk first: it refuses while it runs.
 */
const args = process.argv.slice(2);
const dataDir = configuredDataDir() ?? defaultDataDir();

if (args.includes('--help') || args.length > 1) {
  console.log('Usage: npm run restore [-- --list | -- <backup name or file>]');
  process.exit(args.includes('--help') ? 0 : 1);
}

if (args[0] === '--list') {
  const backups = listBackupsChecked(dataDir);
  if (backups.length === 0) console.log(`No backups in ${backupsFolder(dataDir)}.`);
  for (const b of backups) console.log(`${b.name}  ${b.problem ? `DAMAGED: ${b.problem}` : 'ok'}`);
  process.exit(0);
}

try {
  const result = restoreBackup({
    dataDir,
    file: join(dataDir, DATABASE_FILE),
    ...(args[0] !== undefined && { backup: args[0] }),
  });
  console.log(`Restored ${result.restored} into ${result.file}.`);
  if (result.movedAside) console.log(`The database that was there is kept as ${result.movedAside}.`);
  console.log('Start the kiosk again.');
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(`Nothing was restored. ${error.message}`);
  process.exit(1);
}
