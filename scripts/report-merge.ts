import { parseArgs } from 'node:util';
import { KioskError } from '../shared/errors.ts';
import { MERGE_USAGE, MergeCommandRefused, parseLocale, runMerge } from './report-tools/merge-command.ts';
import { fromWhereTyped } from './typed-args.ts';

/**
 * `npm run report:merge -- --key safecall-report-key.pem [--out DIR] [--lang xx] a.json b.json …`:
 * several kiosks' exports as one report (merged.json, merged.csv, merged.html), small counts suppressed
 * only after adding up. See README "Reports and exports".
 */

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        key: { type: 'string' },
        out: { type: 'string', default: '.' },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${MERGE_USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(MERGE_USAGE);
    return 0;
  }
  if (!values.key || positionals.length === 0) {
    console.error(`Give the centre's key and at least one export.\n${MERGE_USAGE}`);
    return 1;
  }
  try {
    const result = runMerge({
      keyFile: fromWhereTyped(values.key),
      outDir: fromWhereTyped(values.out),
      locale: parseLocale(values.lang),
      files: positionals.map(fromWhereTyped),
    });
    console.log(
      `Merged ${result.kiosks.length} exports (${result.kiosks.join(', ')}) into ${result.folder}: ${result.files.join(', ')}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MergeCommandRefused || error instanceof KioskError) {
      console.error(`Nothing was merged.\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
