import type { PrintFailure } from '../../../shared/checklist-schema.ts';

/**
 * Reading CUPS's own command-line tools, run with LC_ALL=C so their words are the English ones below.
 * The formats are those of lpstat.c and lp.c in OpenPrinting/cups 2.4 (systemv/), the version Debian 12
 * ships. All but "Unknown destination" and "scheduler not responding" were also seen from a real
 * cupsd and cups-client 2.4.2 (a queue on a stand-in backend reporting media-empty-error and
 * offline-report, one disabled, one holding jobs, one rejecting them, no default, no scheduler):
 *
 *   lpstat -r          "scheduler is running" | "scheduler is not running"
 *   lpstat -d          "system default destination: NAME" | "no system default destination"
 *   lpstat -l -pNAME   "printer NAME is idle.  enabled since DATE"
 *                      "printer NAME now printing NAME-42.  enabled since DATE"
 *                      "printer NAME is holding new jobs.  enabled since DATE"
 *                      "printer NAME disabled since DATE -"
 *                      then "\t<printer-state-message>" (or "\treason unknown" when disabled) and,
 *                      among the long lines, "\tAlerts: <printer-state-reasons, space-separated>"
 *   errors (stderr)    'lpstat: Invalid destination name in list "NAME".', 'lpstat: Unknown destination
 *                      "NAME".', "lpstat: No destinations added.", "lp: Error - The printer or class does
 *                      not exist.", "lp: Error - No default destination.", "lp: Error - scheduler not
 *                      responding.", 'lp: Destination "NAME" is not accepting jobs.'
 */

export interface CupsPrinterStatus {
  name: string;
  /** False once the queue is stopped ("disabled since"): jobs would wait in it, never print. */
  enabled: boolean;
  /** "is holding new jobs": jobs are accepted and held. */
  holding: boolean;
  /** printer-state-reasons keywords, as CUPS wrote them ("media-empty-error", "offline-report"). */
  reasons: string[];
  /** printer-state-message, for the staff log. */
  message?: string | undefined;
}

export interface LpstatReport {
  /** From -r; undefined when not asked. */
  schedulerRunning?: boolean | undefined;
  /** From -d: the default queue, null when there is none; undefined when not asked. */
  defaultDestination?: string | null | undefined;
  printers: CupsPrinterStatus[];
}

const HEADER = /^printer (\S+) (is idle\.|now printing |is holding new jobs\.|disabled since )/;
/** The first of lpstat's labelled lines under -l; anything between the header and it is the state message. */
const FIRST_LONG_LABEL = /^\t(Form mounted:|Description:)/;

export function parseLpstat(stdout: string): LpstatReport {
  const report: LpstatReport = { printers: [] };
  let current: CupsPrinterStatus | undefined;
  let afterHeader = false;
  for (const line of stdout.split(/\r?\n/)) {
    if (line === 'scheduler is running') report.schedulerRunning = true;
    else if (line === 'scheduler is not running') report.schedulerRunning = false;
    else if (
      line === 'no system default destination' ||
      /^lpstat: error - \S+ environment variable names non-existent destination/.test(line)
    ) {
      report.defaultDestination = null;
    } else if (line.startsWith('system default destination: ')) {
      // "NAME/instance" is a set of saved options on NAME; the queue is NAME.
      report.defaultDestination = line.slice('system default destination: '.length).trim().split('/')[0] ?? null;
    }

    const header = HEADER.exec(line);
    if (header) {
      current = {
        name: header[1] ?? '',
        enabled: header[2] !== 'disabled since ',
        holding: header[2] === 'is holding new jobs.',
        reasons: [],
      };
      report.printers.push(current);
      afterHeader = true;
      continue;
    }
    if (!current) continue;
    if (!line.startsWith('\t')) {
      current = undefined;
      continue;
    }
    if (line.startsWith('\tAlerts:')) {
      current.reasons = line
        .slice('\tAlerts:'.length)
        .trim()
        .split(/\s+/)
        .filter((r) => r !== '' && r !== 'none');
    } else if (afterHeader && !FIRST_LONG_LABEL.test(line)) {
      current.message = line.trim();
    }
    afterHeader = false;
  }
  return report;
}

/** "media-empty-error" -> "media-empty": RFC 8011 §5.4.12 severity suffixes; no suffix means an error. */
export function reasonKeyword(reason: string): string {
  return reason.replace(/-(error|warning|report)$/, '');
}

/**
 * Paper the visitor's sheet cannot get past: out of paper, a tray asking to be filled, a jam. All three
 * are fixed at the printer's paper path, so staff get one message. "media-low" is only a warning and
 * does not stop a job.
 */
const PAPER_KEYWORDS = new Set(['media-empty', 'media-needed', 'media-jam']);
/**
 * The printer cannot take jobs now: "offline" (backends report "offline-report" when the printer stops
 * answering; CUPS keeps the job and retries, so a visitor would wait at a silent printer), switched off
 * ("shutdown"), or stopped by staff ("paused", which CUPS adds to a disabled queue).
 */
const OFFLINE_KEYWORDS = new Set(['offline', 'shutdown', 'paused']);

/**
 * Whether a queue can print a job now, and if not why. Paper comes first: a queue CUPS stopped because
 * the paper ran out is fixed by paper, not by re-enabling it. Any reason not listed here does not
 * block: CUPS and the printer get the job and are trusted to print it.
 */
export function queueFailure(printer: CupsPrinterStatus): { reason: PrintFailure; detail: string } | null {
  const keywords = printer.reasons.map(reasonKeyword);
  const state = `reasons ${printer.reasons.join(' ') || 'none'}${printer.message ? `, "${printer.message}"` : ''}`;
  const paper = keywords.find((k) => PAPER_KEYWORDS.has(k));
  if (paper) return { reason: 'no_paper', detail: `${paper} (${state})` };
  if (!printer.enabled) return { reason: 'offline', detail: `the queue is disabled (${state})` };
  if (printer.holding) return { reason: 'offline', detail: `the queue is holding new jobs (${state})` };
  const offline = keywords.find((k) => OFFLINE_KEYWORDS.has(k));
  if (offline) return { reason: 'offline', detail: `${offline} (${state})` };
  return null;
}

/** What an lpstat or lp error message means for the visitor's sheet. */
export function cupsErrorFailure(stderr: string): PrintFailure {
  if (
    /printer or class does not exist|no default destination|unknown destination|invalid destination|no destinations added/i.test(
      stderr,
    )
  ) {
    return 'no_printer';
  }
  if (/not accepting jobs|scheduler not responding|scheduler is not running/i.test(stderr)) return 'offline';
  return 'failed';
}
