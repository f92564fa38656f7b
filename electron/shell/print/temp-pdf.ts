import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError } from './print-failed.ts';

/** Every job's folder starts with this, so folders a crash left behind can be found and removed. */
export const TEMP_FOLDER_PREFIX = 'safecall-print-';

/**
 * The kiosk's own folder inside the OS temp folder: job folders live here, so the sweep at start only
 * ever touches what the kiosk itself made (never another program's, or a test's, temp files).
 */
export function defaultTempParent(): string {
  return join(tmpdir(), 'safecall-kiosk-print');
}

/** The file name the spooler sees (CUPS shows it as the job title): nothing about the visitor. */
export const TEMP_PDF_NAME = 'safecall-checklist.pdf';

/**
 * Writes the PDF to a fresh folder of its own (mkdtemp: unique, 0700) as a 0600 file, hands its path
 * to `use`, and removes the folder afterwards whether `use` succeeded or not. A sheet carries a resume
 * code, so it never outlives the job: lp has copied it to the CUPS spool by the time it exits, and
 * SumatraPDF has spooled it by the time it exits. Removal retries (Windows may hold the file a moment
 * after SumatraPDF exits) and a removal that still fails is logged, never thrown over the job's result.
 */
export async function withTempPdf<T>(
  pdf: Uint8Array,
  use: (file: string) => Promise<T>,
  options: { dir?: string | undefined; warn?: (message: string) => void } = {},
): Promise<T> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const parent = options.dir ?? defaultTempParent();
  await mkdir(parent, { recursive: true, mode: 0o700 });
  const folder = await mkdtemp(join(parent, TEMP_FOLDER_PREFIX));
  try {
    const file = join(folder, TEMP_PDF_NAME);
    // 'wx': the file is new, never one someone placed there first.
    await writeFile(file, pdf, { mode: 0o600, flag: 'wx' });
    return await use(file);
  } finally {
    await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch((error: unknown) =>
      warn(`SafeCall print: could not remove the temporary PDF folder: ${describeError(error)}`),
    );
  }
}

/**
 * Removes job folders a crash or power cut left behind (a sheet carries a resume code). Run at start,
 * before any job: the single-instance lock means no other kiosk is printing from this machine. Never
 * throws; returns how many folders went.
 */
export async function sweepTempPdfs(
  options: { dir?: string | undefined; warn?: (message: string) => void } = {},
): Promise<number> {
  const dir = options.dir ?? defaultTempParent();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.startsWith(TEMP_FOLDER_PREFIX));
  } catch (error) {
    // No folder yet: nothing was ever printed here, so nothing was left behind.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    warn(`SafeCall print: could not look for old temporary PDF folders: ${describeError(error)}`);
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    try {
      await rm(join(dir, name), { recursive: true, force: true });
      removed += 1;
    } catch (error) {
      warn(`SafeCall print: could not remove an old temporary PDF folder: ${describeError(error)}`);
    }
  }
  return removed;
}
