import type { KeyObject } from 'node:crypto';
import { basename } from 'node:path';
import { LOCALES } from '../../../shared/locales.ts';
import { visitReportSchema, type VisitReport } from '../../../shared/report-schema.ts';
import { sealBinding } from './export-files.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, type ExportFile } from './export-format.ts';
import { openSealed, SealError } from './export-seal.ts';

/**
 * `npm run report:merge`: several kiosks' exports into one report. The exact counts are opened from each
 * export's sealed part with the centre's private key, added up, and only then suppressed (issue 16:
 * "suppression applied after merging, never before"), so three visits at one kiosk and four at another
 * are seven, not "<5" twice. An export without exact counts is refused: its small counts are unknown,
 * and guessing them would be wrong either way.
 */

/** A file the merge refused, and why, in words for the person running the tool. */
export class MergeRefused extends Error {
  override name = 'MergeRefused';
}

export interface ExportToMerge {
  /** The file's path as given on the command line: every message names it. */
  path: string;
  text: string;
}

/** One export, checked and opened. */
interface Opened {
  path: string;
  file: ExportFile;
  exact: VisitReport;
}

/** How to give a kiosk's exports their exact counts: said whenever one arrives without them. */
export const HOW_TO_SEAL =
  "Put the public key line `npm run report:keygen` printed into that kiosk's kiosk.json as reports.sealingKey, restart the kiosk and export again. The kiosk's screen, exports and printed report still show only suppressed counts; its JSON export then also carries the exact counts, sealed so that only this key opens them.";

function openOne(input: ExportToMerge, privateKey: KeyObject): Opened {
  const name = basename(input.path);
  let json: unknown;
  try {
    json = JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch {
    throw new MergeRefused(
      `${input.path}: is not JSON${name.endsWith('.csv') ? ' (give the .json export, not the .csv)' : ''}.`,
    );
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT)
    throw new MergeRefused(
      `${input.path}: is not a SafeCall visit report export (its "format" is not "${EXPORT_FORMAT}").`,
    );
  if (head.version !== EXPORT_VERSION)
    throw new MergeRefused(
      `${input.path}: is export format version ${JSON.stringify(head.version)}; this tool reads version ${EXPORT_VERSION}. Use the tool from the same release as the kiosks.`,
    );
  const parsed = exportFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MergeRefused(
      `${input.path}: is not a whole export (${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}); it may have been edited.`,
    );
  }
  const file = parsed.data;
  if (!file.sealed)
    throw new MergeRefused(
      `${input.path}: has no exact counts (kiosk "${file.kioskLabel}" had no report key when it exported), and small counts are never guessed. ${HOW_TO_SEAL}`,
    );
  let plain: string;
  try {
    plain = openSealed(file.sealed, privateKey, sealBinding(file));
  } catch (error) {
    if (error instanceof SealError) throw new MergeRefused(`${input.path}: ${error.message}.`);
    throw error;
  }
  const exact = visitReportSchema.safeParse(JSON.parse(plain));
  if (!exact.success || exact.data.range.from !== file.range.from || exact.data.range.to !== file.range.to)
    throw new MergeRefused(`${input.path}: its sealed exact counts are not a report of its range; it cannot be used.`);
  return { path: input.path, file, exact: exact.data };
}

/** Adds counts of the same key, keeping the order each key was first seen in. */
function sumBy<T>(items: T[], key: (item: T) => string, add: (into: T, item: T) => void): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const seen = byKey.get(key(item));
    if (seen) add(seen, item);
    else byKey.set(key(item), structuredClone(item));
  }
  return [...byKey.values()];
}

/** The exact reports of several kiosks, of one range, as one: every count added up. */
export function addReports(reports: VisitReport[], kioskLabel: string): VisitReport {
  const [first] = reports;
  if (!first) throw new MergeRefused('Give at least one export to merge.');
  const sum = <K extends string>(pick: (r: VisitReport) => Record<K, number>): Record<K, number> => {
    const total = { ...pick(first) };
    for (const r of reports.slice(1)) for (const k of Object.keys(total) as K[]) total[k] += pick(r)[k];
    return total;
  };
  const languages = sumBy(
    reports.flatMap((r) => r.languages),
    (l) => l.locale,
    (into, l) => (into.visits += l.visits),
  ).sort((a, b) => b.visits - a.visits || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
  const guides = sumBy(
    reports.flatMap((r) => r.guides),
    (g) => g.tutorialId,
    (into, g) => {
      into.opened += g.opened;
      into.completed += g.completed;
      into.lookedDifferent += g.lookedDifferent;
    },
  ).sort((a, b) => b.opened - a.opened || a.tutorialId.localeCompare(b.tutorialId));
  const series = sumBy(
    reports.flatMap((r) => r.series),
    (s) => s.start,
    (into, s) => {
      into.visits += s.visits;
      into.assisted += s.assisted;
    },
  ).sort((a, b) => a.start.localeCompare(b.start));
  return {
    range: first.range,
    step: first.step,
    centreName: [...new Set(reports.map((r) => r.centreName))].join(' + '),
    kioskLabel,
    contentVersions: [...new Set(reports.flatMap((r) => r.contentVersions))],
    visits: sum((r) => r.visits),
    series,
    languages,
    guides,
    checklists: sum((r) => r.checklists),
    help: sum((r) => r.help),
  };
}

export interface Merged {
  /** The added-up exact report: sealed into merged.json, never written in the clear. */
  exact: VisitReport;
  /** The kiosks' labels, in the order given. */
  kioskLabels: string[];
  /** The strictest threshold any kiosk used: a merge never shows what one of its kiosks would hide. */
  suppressBelow: number;
}

/**
 * Checks every export (each problem named with its file, all of them at once), opens the exact counts
 * and adds them up. Refuses exports of different ranges and the same kiosk twice (its visits would
 * count double).
 */
export function mergeExports(inputs: ExportToMerge[], privateKey: KeyObject): Merged {
  if (inputs.length === 0) throw new MergeRefused('Give the .json exports to merge.');
  const opened: Opened[] = [];
  const problems: string[] = [];
  for (const input of inputs)
    try {
      opened.push(openOne(input, privateKey));
    } catch (error) {
      if (!(error instanceof MergeRefused)) throw error;
      problems.push(error.message);
    }
  if (problems.length > 0) throw new MergeRefused(problems.join('\n'));

  const [first] = opened as [Opened, ...Opened[]];
  const otherRange = opened.filter(
    (o) => o.file.range.from !== first.file.range.from || o.file.range.to !== first.file.range.to,
  );
  if (otherRange.length > 0)
    throw new MergeRefused(
      `The exports cover different dates: ${opened.map((o) => `${o.path} ${o.file.range.from} to ${o.file.range.to}`).join('; ')}. Export the same dates on every kiosk, then merge.`,
    );
  const byLabel = new Map<string, string[]>();
  for (const o of opened) byLabel.set(o.file.kioskLabel, [...(byLabel.get(o.file.kioskLabel) ?? []), o.path]);
  const twice = [...byLabel].filter(([, paths]) => paths.length > 1);
  if (twice.length > 0)
    throw new MergeRefused(
      twice
        .map(
          ([label, paths]) =>
            `${paths.join(' and ')} are both from kiosk "${label}": its visits would count twice. If they are two kiosks, give each its own name in reports (kioskLabel) and export again.`,
        )
        .join('\n'),
    );
  const kioskLabels = opened.map((o) => o.file.kioskLabel);
  return {
    exact: addReports(
      opened.map((o) => o.exact),
      kioskLabels.join(', '),
    ),
    kioskLabels,
    suppressBelow: Math.max(...opened.map((o) => o.file.suppressBelow)),
  };
}
