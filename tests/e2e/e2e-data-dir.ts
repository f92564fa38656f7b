import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the e2e browser shell keeps its database: fixed per port, so tests can read what it wrote. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5199);
export const E2E_DATA_DIR = join(tmpdir(), `safecall-e2e-${E2E_PORT}`);
