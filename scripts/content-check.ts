import { fileURLToPath } from 'node:url';
import { checkContent } from '../electron/core/content/content-check.ts';
import { formatProblem } from '../electron/core/content/content-files.ts';

/** `npm run content:check`: fails on any error, prints warnings and the staff review list. */
const contentDir = fileURLToPath(new URL('../content', import.meta.url));
const report = checkContent(contentDir);

const { tutorials, steps, notes, hotlines } = report.counts;
console.log(`content: ${tutorials} tutorials, ${steps} steps, ${notes} facilitator notes, ${hotlines} hotlines`);
if (report.unverified.length > 0) {
  console.log(`\nUnconfirmed, on the staff review list (${report.unverified.length}):`);
  for (const p of report.unverified) console.log(formatProblem(p));
}
if (report.warnings.length > 0) {
  console.log(`\nWarnings (${report.warnings.length}):`);
  for (const p of report.warnings) console.log(formatProblem(p));
}
if (report.errors.length > 0) {
  console.error(`\nErrors (${report.errors.length}):`);
  for (const p of report.errors) console.error(formatProblem(p));
  console.error('\ncontent:check failed.');
  process.exit(1);
}
console.log('\ncontent:check passed.');
