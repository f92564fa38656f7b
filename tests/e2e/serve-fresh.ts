import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DATA_DIR } from './e2e-data-dir.ts';

/**
 * Starts the browser shell on a brand-new data folder, provisioned like a Hong Kong centre, so every
 * e2e run begins from a first start: the same path a centre takes on day one.
 */
rmSync(E2E_DATA_DIR, { recursive: true, force: true });
mkdirSync(E2E_DATA_DIR, { recursive: true });
writeFileSync(join(E2E_DATA_DIR, 'kiosk.json'), JSON.stringify({ centreName: 'Test Centre', region: 'HK', defaultLocale: 'zh-Hant', help: { staffLocation: 'Front desk, ground floor' } }));
process.env.SAFECALL_DATA_DIR = E2E_DATA_DIR;
await import('../../electron/web/start.ts');
