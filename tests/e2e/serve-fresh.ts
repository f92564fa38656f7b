import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts the browser shell on a brand-new data folder, provisioned like a Hong Kong centre, so every
 * e2e run begins from a first start: the same path a centre takes on day one.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'safecall-e2e-'));
writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify({ centreName: 'Test Centre', region: 'HK', defaultLocale: 'zh-Hant' }));
process.env.SAFECALL_DATA_DIR = dataDir;
await import('../../electron/web/start.ts');
