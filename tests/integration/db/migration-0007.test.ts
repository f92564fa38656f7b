import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { migrationsDir } from '../../../electron/core/create-core.ts';
import { REPO_ROOT, tempDir } from '../../support/temp-dir.ts';

const MIGRATIONS = migrationsDir(REPO_ROOT);

describe('migration 0007', () => {
  it('keeps the staff PIN of a kiosk that had one, and arms no setup code for it', () => {
    const dir = tempDir();
    const old = join(dir, 'migrations');
    mkdirSync(old);
    for (const file of readdirSync(MIGRATIONS).filter((f) => f < '0007'))
      copyFileSync(join(MIGRATIONS, file), join(old, file));
    const file = join(dir, 'kiosk.sqlite');
    const before = openDatabase(file, old);
    before.prepare("INSERT INTO staff_access (id, pin_hash, recovery_hash) VALUES (1, 'scrypt$a', 'scrypt$b')").run();
    before.close();

    const migrated = openDatabase(file, MIGRATIONS);
    expect(migrated.prepare('SELECT pin_hash FROM staff_access').pluck().get()).toBe('scrypt$a');
    expect(migrated.prepare('SELECT count(*) FROM staff_setup_code').pluck().get()).toBe(0);
    migrated.close();
  });

  it('holds one setup code at most, and only as a hash', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'), MIGRATIONS);
    const insert = db.prepare('INSERT INTO staff_setup_code (id, armed_from, code_hash) VALUES (?, ?, ?)');
    expect(() => insert.run(1, 'f'.repeat(64), 'LOBBYSETUP2026')).toThrow(/CHECK/);
    insert.run(1, 'f'.repeat(64), null);
    expect(() => insert.run(2, 'f'.repeat(64), 'scrypt$a')).toThrow(/CHECK/);
    db.close();
  });
});
