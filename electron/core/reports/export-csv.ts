import { stringify } from 'csv-stringify/sync';
import { LOCALE_INFO } from '../../../shared/locales.ts';
import { suppressionNote } from '../../../shared/report-suppress.ts';
import type { ExportFile } from './export-format.ts';

/** Excel reads a CSV as the system's code page unless it starts with this; then Chinese and Arabic come out right. */
export const UTF8_BOM = '\uFEFF';

type Count = number | string;

/** One figure per row: section, item (a stable id), label (for people), count (a number or "<5"). */
function figureRows(file: ExportFile): Array<[string, string, string, Count]> {
  const r = file.report;
  const rows: Array<[string, string, string, Count]> = [
    ['visits', 'total', 'Visits', r.visits.total],
    ['visits', 'assisted', 'Visits with staff beside the visitor', r.visits.assisted],
    ['visits', 'selfGuided', 'Self-guided visits', r.visits.selfGuided],
  ];
  for (const s of r.series) {
    rows.push(['series', `${s.start}/visits`, `Visits in the ${r.step} from ${s.start}`, s.visits]);
    rows.push(['series', `${s.start}/assisted`, `Assisted visits in the ${r.step} from ${s.start}`, s.assisted]);
  }
  for (const l of r.languages) rows.push(['languages', l.locale, LOCALE_INFO[l.locale].nativeName, l.visits]);
  for (const g of r.guides) {
    rows.push(['guides', `${g.tutorialId}/opened`, `${g.title}: opened`, g.opened]);
    rows.push(['guides', `${g.tutorialId}/completed`, `${g.title}: finished`, g.completed]);
    rows.push(['guides', `${g.tutorialId}/lookedDifferent`, `${g.title}: a step looked different`, g.lookedDifferent]);
  }
  const c = r.checklists;
  rows.push(
    ['checklists', 'plans', 'Plans made', c.plans],
    ['checklists', 'shown', 'Checklists shown', c.shown],
    ['checklists', 'printed', 'Checklists printed', c.printed],
    ['checklists', 'printFailed', 'Prints that failed', c.printFailed],
    ['checklists', 'sentToBrowser', "Checklists handed to the browser's print dialog", c.sentToBrowser],
    ['checklists', 'resumed', 'Plans reopened by their code', c.resumed],
  );
  const h = r.help;
  rows.push(
    ['help', 'helpRequested', 'Visits that asked staff for help', h.helpRequested],
    ['help', 'scamNow', 'Visits that opened "They are calling me now"', h.scamNow],
    ['help', 'afterScam', 'Visits that opened "I already paid or gave access"', h.afterScam],
  );
  return rows;
}

/**
 * The export as one CSV: a header block (kiosk, centre, range, day of export, how small counts are
 * shown), an empty line, then a table of every figure. Whatever the JSON shows, and nothing more: the
 * sealed exact counts never go into a CSV.
 */
export function exportCsv(file: ExportFile): string {
  const header: Array<[string, string]> = [
    ['SafeCall Kiosk visit report', ''],
    ['kiosk', file.kioskLabel],
    ['centre', file.centreName],
    ['from', file.range.from],
    ['to', file.range.to],
    ['exported on', file.exportedOn],
    ['small counts', suppressionNote(file.suppressBelow)],
    ['content versions', file.report.contentVersions.join(' ')],
  ];
  const table = [['section', 'item', 'label', 'count'], ...figureRows(file)];
  return UTF8_BOM + stringify([...header, [], ...table], { record_delimiter: 'windows' });
}
