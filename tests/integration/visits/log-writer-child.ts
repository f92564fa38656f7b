/**
 * A kiosk core writing the visit log as fast as it can, for visit-log-kill.test.ts to kill mid-burst.
 * It prints a line only for what is in the database (a write that had to wait in memory is not
 * acknowledged), so the parent can check that everything acknowledged survived.
 */
import { join } from 'node:path';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { createVisitLogQueue } from '../../../electron/core/visits/visit-log-queue.ts';
import { createVisitsRepository } from '../../../electron/core/visits/visits.repository.ts';
import { createVisitsService } from '../../../electron/core/visits/visits.service.ts';
import { createWriteFailureLog } from '../../../electron/core/visits/write-failure-log.ts';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: log-writer-child.ts <database file>');
const db = openDatabase(file, join(import.meta.dirname, '..', '..', '..', 'electron', 'core', 'db', 'migrations'));
const repo = createVisitsRepository(db);
const now = () => new Date();
const queue = createVisitLogQueue(repo, {
  now,
  failureLog: createWriteFailureLog({ now: Date.now, print: (m) => process.stderr.write(`${m}\n`) }),
});
const visits = createVisitsService(repo, {
  now,
  tutorialExists: () => true,
  rehearsalFlags: () => undefined,
  queue,
  contentVersion: () => undefined,
});
const acknowledged = (line: string) => {
  if (queue.status().pending === 0) process.stdout.write(`${line}\n`);
};

// Bounded, in case nobody kills it: the parent kills it long before.
for (let i = 0; i < 200_000; i++) {
  const { visitId } = visits.start('en');
  acknowledged(`${visitId} visit_started`);
  visits.recordAnswers(visitId, ['phone-iphone', 'apps-whatsapp', 'stranger-call-yes'], 'en');
  acknowledged(`${visitId} answers`);
}
