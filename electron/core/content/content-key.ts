import { createHash } from 'node:crypto';
import type { Region } from '../../../shared/regions.ts';

/**
 * Bump when the import code (content-import.ts, every feature's `<feature>.compile.ts`, or the
 * tables they fill) compiles the same YAML differently:
 * a kiosk whose stored key was made by an older compiler then imports again at its next start.
 */
// 3: pictures as screen descriptions with word ids, and each tutorial's `words` (issue 17).
// 4: search documents stored folded, in the list's order, for search in memory (issue 18, migration 0009).
// 5: the practice scam calls in the safety advice (issue 20).
export const CONTENT_COMPILER_VERSION = 5;

/**
 * What the database's compiled content was made from: the content files, the centre's region
 * (texts and hotlines are compiled for it) and the compiler. An equal key means an import would
 * write exactly what is already there, so it is skipped: a start-up then needs no free disk space
 * for a 5 MB rewrite (audit M1), and a kiosk on a nearly full disk still starts.
 */
export function contentKey(bundleHash: string, region: Region, compilerVersion = CONTENT_COMPILER_VERSION): string {
  return createHash('sha256').update(`${bundleHash}\0${region}\0compiler-${compilerVersion}`).digest('hex');
}
