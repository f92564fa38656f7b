import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** npm runs scripts in the project folder; a path someone typed is relative to where they typed it. */
export const fromWhereTyped = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

/**
 * The `--out DIR` of a keygen script, resolved where it was typed; undefined (after saying why, with the
 * usage line) when it is missing or the arguments cannot be read.
 */
export function keyFolderArg(usage: string): string | undefined {
  let out: string | undefined;
  try {
    out = parseArgs({ options: { out: { type: 'string' } } }).values.out;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
  if (!out) {
    console.error(`Say where to keep the private key (a folder only you can read, not a kiosk).\n${usage}`);
    return undefined;
  }
  return fromWhereTyped(out);
}
