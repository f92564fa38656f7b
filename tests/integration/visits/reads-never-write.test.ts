import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CallName, CallRequest, CallResponse } from '../../../shared/api.ts';
import { CALL_EFFECTS, type ReadCallName, type WitnessedCallName } from '../../../shared/call-effects.ts';
import { DATABASE_FILE } from '../../../electron/core/create-core.ts';
import { signInStaff } from '../../support/staff.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';
import type { Caller } from '../../support/unwrap.ts';

const FACETIME = 'iphone-turn-off-facetime';
const NOW = new Date(2026, 11, 6, 10, 30);

/**
 * getVisitReport first brings the daily rollup up to date from the raw log (report-core): it recounts the
 * days marked dirty, then forgets the marks. That changes a cache derived from the raw events, never a
 * fact, so only those two tables may differ after it; every other table must stay as it was.
 */
const DERIVED_TABLES = ['visit_rollup', 'visit_rollup_dirty'];

/**
 * A valid request for every call that must not write. Typed over the read and witnessed calls of
 * CALL_EFFECTS: a new read call fails the type-check until it has an example here.
 */
function readRequests(code: string): { [K in ReadCallName | WitnessedCallName]: CallRequest<K> } {
  return {
    listLocales: {},
    getSettings: {},
    listTutorials: { locale: 'zh-Hant' },
    getQuestions: { locale: 'ar' },
    searchTutorials: { locale: 'en', query: 'facetime' },
    getSafetyAdvice: { locale: 'en' },
    getReviewList: {},
    getHealth: {},
    composeSheet: { sheet: { kind: 'personal', code, lang: 'en', second: 'zh-Hant' } },
    getStaffStatus: {},
    listGuides: {},
    listPrinters: {},
    getVisitReport: { from: '2026-12-01', to: '2026-12-31', locale: 'en' },
    // Witnessed calls without a visit id: staff looking, nothing for the visit log.
    makePlan: { locale: 'en', answers: {} },
    openTutorial: { tutorialId: FACETIME, locale: 'en' },
    openChecklist: { code },
  };
}

/** The bytes of the database and its WAL: a read leaves both exactly as they were. */
function fileBytes(dataDir: string): string {
  const file = join(dataDir, DATABASE_FILE);
  const hash = createHash('sha256');
  for (const f of [file, `${file}-wal`]) if (existsSync(f)) hash.update(readFileSync(f));
  return hash.digest('hex');
}

/** Every row of every table but `exempt`, sorted (only content counts): to name what changed. */
function tableRows(dataDir: string, exempt: string[] = []): Record<string, string[]> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables
        .filter((table) => !exempt.includes(table))
        .map((table) => [
          table,
          (db.prepare(`SELECT * FROM "${table}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort(),
        ]),
    );
  } finally {
    db.close();
  }
}

/** A kiosk with a visit in its log, a saved plan and a staff session: something real for each read to read. */
async function kioskWithHistory() {
  const kiosk = testKiosk({ now: () => NOW });
  const staff: Caller = await signInStaff(kiosk);
  const { visitId } = await call<{ visitId: string }>(kiosk, 'startVisit', { locale: 'en' });
  await call(kiosk, 'openTutorial', { tutorialId: FACETIME, locale: 'en', visitId });
  const { code } = await call<CallResponse<'saveChecklist'>>(kiosk, 'saveChecklist', {
    actions: [{ tutorialId: FACETIME }],
    completed: [],
    visitId,
    locale: 'en',
  });
  // The report's own refresh, once, so the rollup is current before the reads are watched.
  await call(kiosk, 'getVisitReport', { from: '2026-12-01', to: '2026-12-31', locale: 'en' }, staff);
  return { kiosk, staff, visitId, code };
}

describe('reads never write', () => {
  it('every read call, with a valid request, leaves the database byte for byte as it was', async () => {
    const { kiosk, staff, code } = await kioskWithHistory();
    const requests = readRequests(code);
    for (const name of Object.keys(requests) as Array<keyof typeof requests>) {
      const derived = CALL_EFFECTS[name] === 'read-derived';
      const bytes = fileBytes(kiosk.dataDir);
      // Reading every table is slow (the content is megabytes): only the derived read pays for it.
      const rows = derived ? tableRows(kiosk.dataDir, DERIVED_TABLES) : undefined;
      await call(kiosk, name, requests[name], staff);
      if (derived) expect(tableRows(kiosk.dataDir, DERIVED_TABLES), `${name} changed a table`).toEqual(rows);
      else expect(fileBytes(kiosk.dataDir), `${name} changed the database file`).toBe(bytes);
    }
  });

  it('cover every call the map says does not write, and no call that does', () => {
    const requests = readRequests('12345678');
    const notWriting = (Object.keys(CALL_EFFECTS) as CallName[]).filter((name) => CALL_EFFECTS[name] !== 'write');
    expect(Object.keys(requests).sort()).toEqual(notWriting.sort());
  });

  it('and the same witnessed calls with a visit id do log, so the comparison above would see a write', async () => {
    const { kiosk, staff, visitId, code } = await kioskWithHistory();
    const witnessed = {
      makePlan: { locale: 'en', answers: {}, visitId },
      openTutorial: { tutorialId: FACETIME, locale: 'en', visitId },
      openChecklist: { code, visitId },
    } satisfies { [K in WitnessedCallName]: CallRequest<K> };
    for (const name of Object.keys(witnessed) as WitnessedCallName[]) {
      const before = fileBytes(kiosk.dataDir);
      await call(kiosk, name, witnessed[name], staff);
      expect(fileBytes(kiosk.dataDir), name).not.toBe(before);
    }
  });
});
