import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCupsPrintCommand, isCupsQueueName, type ExecFile } from '../../../electron/shell/print/cups-command.ts';
import {
  cupsErrorFailure,
  parseLpstat,
  queueFailure,
  reasonKeyword,
} from '../../../electron/shell/print/cups-status.ts';
import type { PrintFailed } from '../../../electron/shell/print/print-failed.ts';
import { printFailure } from './print-failure.ts';

/**
 * lpstat's long form, as OpenPrinting/cups 2.4 writes it. The idle, disabled, holding, offline-report
 * and media-empty-error fixtures below were captured from a real cupsd and cups-client 2.4.2 (queues on
 * a stand-in backend) and are rebuilt here with this helper; the media-needed, jam and low-paper ones
 * follow the same format with other printer-state-reasons keywords.
 */
function printerBlock(name: string, state: string, options: { message?: string; alerts?: string } = {}): string {
  return [
    `printer ${name} ${state}`,
    ...(options.message === undefined ? [] : [`\t${options.message}`]),
    '\tForm mounted:',
    '\tContent types: any',
    '\tPrinter types: unknown',
    `\tDescription: ${name}`,
    `\tAlerts: ${options.alerts ?? 'none'}`,
    '\tLocation: ',
    '\tConnection: direct',
    '\tOn fault: no alert',
    '\tAfter fault: continue',
    '\tUsers allowed:',
    '\t\t(all)',
    '\tForms allowed:',
    '\t\t(none)',
    '\tBanner required',
    '\tCharset sets:',
    '\t\t(none)',
    '\tDefault pitch:',
    '\tDefault page size:',
    '\tDefault port settings:',
  ].join('\n');
}

const SINCE = 'Wed Dec  2 15:09:43 2026';
const RUNNING = 'scheduler is running';
const IDLE = printerBlock('Brother_HL', `is idle.  enabled since ${SINCE}`);
const DISABLED = printerBlock('Brother_HL', `disabled since ${SINCE} -`, {
  message: 'Paused by staff',
  alerts: 'paused',
});
const DISABLED_NO_REASON = printerBlock('Brother_HL', `disabled since ${SINCE} -`, {
  message: 'reason unknown',
  alerts: 'paused',
});
const HOLDING = printerBlock('Brother_HL', `is holding new jobs.  enabled since ${SINCE}`, { alerts: 'hold-new-jobs' });
const OFFLINE = printerBlock('Brother_HL', `now printing Brother_HL-5.  enabled since ${SINCE}`, {
  message: 'Printer not responding',
  alerts: 'offline-report',
});
const OUT_OF_PAPER = printerBlock('Brother_HL', `disabled since ${SINCE} -`, {
  message: 'Out of paper',
  alerts: 'media-empty-error paused',
});
const PAPER_NEEDED = printerBlock('Brother_HL', `is idle.  enabled since ${SINCE}`, { alerts: 'media-needed-warning' });
const JAMMED = printerBlock('Brother_HL', `now printing Brother_HL-7.  enabled since ${SINCE}`, {
  message: 'Paper jam',
  alerts: 'media-jam-error',
});
const LOW_PAPER = printerBlock('Brother_HL', `is idle.  enabled since ${SINCE}`, {
  alerts: 'media-low-report toner-low-warning',
});

describe('reading lpstat', () => {
  it('reads the scheduler, the default and every queue of "lpstat -r -d -l -p"', () => {
    const report = parseLpstat(
      [
        RUNNING,
        'system default destination: Brother_HL',
        IDLE,
        printerBlock('Second', `disabled since ${SINCE} -`, { message: 'Paused by staff', alerts: 'paused' }),
        '',
      ].join('\n'),
    );
    expect(report.schedulerRunning).toBe(true);
    expect(report.defaultDestination).toBe('Brother_HL');
    expect(report.printers).toEqual([
      { name: 'Brother_HL', enabled: true, holding: false, reasons: [] },
      { name: 'Second', enabled: false, holding: false, reasons: ['paused'], message: 'Paused by staff' },
    ]);
  });

  it('reads a printing queue with its state message and reasons', () => {
    expect(parseLpstat(`${RUNNING}\n${OFFLINE}\n`).printers).toEqual([
      {
        name: 'Brother_HL',
        enabled: true,
        holding: false,
        reasons: ['offline-report'],
        message: 'Printer not responding',
      },
    ]);
  });

  it('reads "no default", a default instance and a stopped scheduler', () => {
    expect(parseLpstat('scheduler is running\nno system default destination\n').defaultDestination).toBeNull();
    expect(parseLpstat('system default destination: Brother_HL/duplex\n').defaultDestination).toBe('Brother_HL');
    expect(
      parseLpstat('lpstat: error - LPDEST environment variable names non-existent destination "Gone".\n')
        .defaultDestination,
    ).toBeNull();
    expect(parseLpstat('scheduler is not running\n').schedulerRunning).toBe(false);
    expect(parseLpstat('').schedulerRunning).toBeUndefined();
  });

  it('strips the severity from a reason', () => {
    expect(['media-empty-error', 'offline-report', 'media-low-warning', 'paused'].map(reasonKeyword)).toEqual([
      'media-empty',
      'offline',
      'media-low',
      'paused',
    ]);
  });
});

describe("what a queue's state means for the sheet", () => {
  const status = (block: string) =>
    parseLpstat(block).printers[0] ?? { name: '', enabled: true, holding: false, reasons: [] };

  it.each([
    ['idle', IDLE, null],
    ['low paper and toner are only warnings', LOW_PAPER, null],
    ['out of paper (the queue CUPS stopped for it)', OUT_OF_PAPER, 'no_paper'],
    ['a tray asking for paper', PAPER_NEEDED, 'no_paper'],
    ['a paper jam', JAMMED, 'no_paper'],
    ['disabled by staff', DISABLED, 'offline'],
    ['disabled for no stated reason', DISABLED_NO_REASON, 'offline'],
    ['holding new jobs', HOLDING, 'offline'],
    ['reported offline', OFFLINE, 'offline'],
  ])('%s', (_name, block, expected) => {
    expect(queueFailure(status(block))?.reason ?? null).toBe(expected);
  });

  it('names the reasons and the state message for staff', () => {
    expect(queueFailure(status(OUT_OF_PAPER))?.detail).toBe(
      'media-empty (reasons media-empty-error paused, "Out of paper")',
    );
  });

  it.each([
    ['lpstat: Invalid destination name in list "Nope".', 'no_printer'],
    ['lpstat: Unknown destination "Nope".', 'no_printer'],
    ['lpstat: No destinations added.', 'no_printer'],
    ['lp: Error - The printer or class does not exist.', 'no_printer'],
    ['lp: Error - No default destination.', 'no_printer'],
    ['lp: Destination "Brother_HL" is not accepting jobs.', 'offline'],
    ['lp: Error - scheduler not responding.', 'offline'],
    ['lpstat: Scheduler is not running.', 'offline'],
    ['lp: Forbidden', 'failed'],
    ['lp: Error - unable to access "/tmp/x.pdf" - No such file or directory', 'failed'],
  ])('%s -> %s', (stderr, expected) => {
    expect(cupsErrorFailure(stderr)).toBe(expected);
  });
});

/** How Node's execFile fails: an exit status with the output, or an errno when the program cannot start. */
function exitError(command: string, code: number, stdout: string, stderr: string) {
  return Object.assign(new Error(`Command failed: ${command}\n${stderr}`), {
    code,
    killed: false,
    signal: null,
    stdout,
    stderr,
  });
}
const enoent = (command: string) =>
  Object.assign(new Error(`spawn ${command} ENOENT`), {
    code: 'ENOENT',
    errno: -2,
    syscall: `spawn ${command}`,
    path: command,
  });
const timedOut = (command: string) =>
  Object.assign(new Error(`Command failed: ${command}`), {
    code: null,
    killed: true,
    signal: 'SIGTERM',
    stdout: '',
    stderr: '',
  });

type Reply = { stdout: string } | { error: Error };
function fakeExec(replies: { lpstat: Reply; lp?: Reply }) {
  return vi.fn<ExecFile>(async (command) => {
    const reply =
      command === 'lpstat' ? replies.lpstat : (replies.lp ?? { stdout: 'request id is Brother_HL-12 (1 file(s))\n' });
    if ('error' in reply) throw reply.error;
    return { stdout: reply.stdout, stderr: '' };
  });
}

async function sendFails(execFile: ExecFile, printerName?: string): Promise<PrintFailed> {
  const command = createCupsPrintCommand({ execFile, env: {} });
  return printFailure(
    command.send('/tmp/safecall-print-x/safecall-checklist.pdf', { printerName, copies: 1, paperSize: 'A4' }),
  );
}

describe('the CUPS print command', () => {
  it('checks the named queue, then sends the file with -d, -n and the paper size, through execFile with LC_ALL=C', async () => {
    const execFile = fakeExec({ lpstat: { stdout: `${RUNNING}\n${IDLE}\n` } });
    await createCupsPrintCommand({ execFile, env: { PATH: '/usr/bin', LANG: 'zh_TW.UTF-8' }, timeoutMs: 1234 }).send(
      '/tmp/p/safecall-checklist.pdf',
      {
        printerName: 'Brother_HL',
        copies: 2,
        paperSize: 'Letter',
      },
    );
    expect(execFile.mock.calls.map(([command, args]) => [command, args])).toEqual([
      ['lpstat', ['-r', '-l', '-pBrother_HL']],
      ['lp', ['-d', 'Brother_HL', '-n', '2', '-o', 'media=Letter', '--', '/tmp/p/safecall-checklist.pdf']],
    ]);
    for (const [, , options] of execFile.mock.calls) {
      expect(options).toEqual({ timeout: 1234, env: { PATH: '/usr/bin', LANG: 'zh_TW.UTF-8', LC_ALL: 'C' } });
    }
  });

  it('without a printer setting, checks the system default and lets lp use it (no -d)', async () => {
    const execFile = fakeExec({ lpstat: { stdout: `${RUNNING}\nsystem default destination: Brother_HL\n${IDLE}\n` } });
    await createCupsPrintCommand({ execFile, env: {} }).send('/tmp/p/safecall-checklist.pdf', {
      copies: 1,
      paperSize: 'A4',
    });
    expect(execFile.mock.calls.map(([command, args]) => [command, args])).toEqual([
      ['lpstat', ['-r', '-d', '-l', '-p']],
      ['lp', ['-n', '1', '-o', 'media=A4', '--', '/tmp/p/safecall-checklist.pdf']],
    ]);
  });

  it('matches the queue name as CUPS does, without case', async () => {
    const execFile = fakeExec({ lpstat: { stdout: `${RUNNING}\n${OUT_OF_PAPER}\n` } });
    expect((await sendFails(execFile, 'brother_hl')).reason).toBe('no_paper');
  });

  it('leaves a queue lpstat accepted but did not list (a class) to lp', async () => {
    const execFile = fakeExec({ lpstat: { stdout: `${RUNNING}\n` } });
    await createCupsPrintCommand({ execFile, env: {} }).send('/f.pdf', {
      printerName: 'Front_Desk_Class',
      copies: 1,
      paperSize: 'A4',
    });
    expect(execFile).toHaveBeenLastCalledWith(
      'lp',
      ['-d', 'Front_Desk_Class', '-n', '1', '-o', 'media=A4', '--', '/f.pdf'],
      expect.anything(),
    );
  });

  describe('says why it cannot print, and never calls lp when the check already said so', () => {
    it.each<[string, Parameters<typeof fakeExec>[0], string | undefined, string, RegExp]>([
      [
        'no printer set and no system default',
        { lpstat: { stdout: `${RUNNING}\nno system default destination\n` } },
        undefined,
        'no_printer',
        /no default destination/,
      ],
      [
        'no printer set and no queues at all',
        {
          lpstat: {
            error: exitError(
              'lpstat',
              1,
              `${RUNNING}\nno system default destination\n`,
              'lpstat: No destinations added.\n',
            ),
          },
        },
        undefined,
        'no_printer',
        /no default destination/,
      ],
      [
        'an unknown printer name',
        {
          lpstat: {
            error: exitError('lpstat', 1, `${RUNNING}\n`, 'lpstat: Invalid destination name in list "Nope".\n'),
          },
        },
        'Nope',
        'no_printer',
        /lpstat exit 1: lpstat: Invalid destination name/,
      ],
      [
        'the scheduler is not running',
        {
          lpstat: {
            error: exitError(
              'lpstat',
              1,
              'scheduler is not running\n',
              'lpstat: Invalid destination name in list "Brother_HL".\n',
            ),
          },
        },
        'Brother_HL',
        'offline',
        /scheduler \(cupsd\) is not running/,
      ],
      [
        'the queue is disabled',
        { lpstat: { stdout: `${RUNNING}\n${DISABLED}\n` } },
        'Brother_HL',
        'offline',
        /Brother_HL: the queue is disabled \(reasons paused, "Paused by staff"\)/,
      ],
      [
        'the queue holds new jobs',
        { lpstat: { stdout: `${RUNNING}\n${HOLDING}\n` } },
        'Brother_HL',
        'offline',
        /holding new jobs/,
      ],
      [
        'the printer is reported offline',
        { lpstat: { stdout: `${RUNNING}\n${OFFLINE}\n` } },
        'Brother_HL',
        'offline',
        /offline \(reasons offline-report, "Printer not responding"\)/,
      ],
      [
        'the default printer is out of paper',
        { lpstat: { stdout: `${RUNNING}\nsystem default destination: Brother_HL\n${OUT_OF_PAPER}\n` } },
        undefined,
        'no_paper',
        /media-empty/,
      ],
      ['the paper is jammed', { lpstat: { stdout: `${RUNNING}\n${JAMMED}\n` } }, 'Brother_HL', 'no_paper', /media-jam/],
      [
        'lpstat is not installed',
        { lpstat: { error: enoent('lpstat') } },
        'Brother_HL',
        'no_printer',
        /lpstat is not installed \(the cups-client package\)/,
      ],
      [
        'lpstat does not answer',
        { lpstat: { error: timedOut('lpstat') } },
        'Brother_HL',
        'failed',
        /lpstat did not answer within 30 s/,
      ],
      [
        'lpstat fails some other way',
        { lpstat: { error: exitError('lpstat', 1, `${RUNNING}\n`, 'lpstat: Forbidden\n') } },
        'Brother_HL',
        'failed',
        /lpstat exit 1: lpstat: Forbidden/,
      ],
      [
        'lpstat cannot be run',
        { lpstat: { error: Object.assign(new Error('spawn lpstat EACCES'), { code: 'EACCES' }) } },
        'Brother_HL',
        'failed',
        /lpstat could not run: spawn lpstat EACCES/,
      ],
    ])('%s', async (_name, replies, printerName, reason, message) => {
      const execFile = fakeExec(replies);
      const error = await sendFails(execFile, printerName);
      expect(error.reason).toBe(reason);
      expect(error.message).toMatch(message);
      expect(execFile.mock.calls.map(([command]) => command)).toEqual(['lpstat']);
    });

    it.each<[string, Reply, string, RegExp]>([
      [
        'the printer vanished between the check and lp',
        { error: exitError('lp', 1, '', 'lp: Error - The printer or class does not exist.\n') },
        'no_printer',
        /lp exit 1: lp: Error - The printer or class does not exist\./,
      ],
      [
        'the queue is not accepting jobs',
        { error: exitError('lp', 1, '', 'lp: Destination "Brother_HL" is not accepting jobs.\n') },
        'offline',
        /not accepting jobs/,
      ],
      [
        'lp fails',
        {
          error: exitError(
            'lp',
            1,
            '',
            'lp: Error - unable to access "/tmp/p/safecall-checklist.pdf" - Permission denied\n',
          ),
        },
        'failed',
        /lp exit 1: lp: Error - unable to access/,
      ],
      ['lp fails without a word', { error: exitError('lp', 2, '', '') }, 'failed', /lp exit 2: no message/],
      ['lp is not installed', { error: enoent('lp') }, 'no_printer', /lp is not installed/],
      ['lp does not answer', { error: timedOut('lp') }, 'failed', /lp did not answer within 30 s/],
    ])('%s', async (_name, lp, reason, message) => {
      const execFile = fakeExec({ lpstat: { stdout: `${RUNNING}\n${IDLE}\n` }, lp });
      const error = await sendFails(execFile, 'Brother_HL');
      expect(error.reason).toBe(reason);
      expect(error.message).toMatch(message);
      expect(execFile.mock.calls.map(([command]) => command)).toEqual(['lpstat', 'lp']);
    });
  });

  it('refuses a printer setting that cannot be a CUPS queue before running anything', async () => {
    for (const name of ['Front Desk', 'a/b', 'a#b', 'tab\there', 'nl\nhere']) expect(isCupsQueueName(name)).toBe(false);
    for (const name of ['Brother_HL_L2350DW', 'HP-LaserJet.2', '前台打印机', '-odd-but-legal'])
      expect(isCupsQueueName(name)).toBe(true);
    const execFile = fakeExec({ lpstat: { stdout: RUNNING } });
    expect((await sendFails(execFile, 'Front Desk')).reason).toBe('no_printer');
    expect(execFile).not.toHaveBeenCalled();
  });

  it('passes a name that looks like an option as a value, never as an option', async () => {
    const execFile = fakeExec({
      lpstat: { stdout: `${RUNNING}\n${printerBlock('-hevil.example', `is idle.  enabled since ${SINCE}`)}\n` },
    });
    await createCupsPrintCommand({ execFile, env: {} }).send('/f.pdf', {
      printerName: '-hevil.example',
      copies: 1,
      paperSize: 'A4',
    });
    expect(execFile.mock.calls.map(([, args]) => args)).toEqual([
      ['-r', '-l', '-p-hevil.example'],
      ['-d', '-hevil.example', '-n', '1', '-o', 'media=A4', '--', '/f.pdf'],
    ]);
  });
});

/** The real execFile, with stand-in lpstat and lp scripts on PATH (no CUPS needed). */
describe.skipIf(process.platform === 'win32')("the CUPS print command with Node's own execFile", () => {
  let bin: string;
  let empty: string;
  beforeAll(async () => {
    bin = await mkdtemp(join(tmpdir(), 'safecall-cups-bin-'));
    empty = await mkdtemp(join(tmpdir(), 'safecall-cups-empty-'));
  });
  afterAll(async () => {
    await rm(bin, { recursive: true, force: true });
    await rm(empty, { recursive: true, force: true });
  });

  async function script(name: string, body: string): Promise<void> {
    await writeFile(join(bin, name), `#!/bin/sh\n${body}\n`);
    await chmod(join(bin, name), 0o755);
  }

  it('runs lpstat then lp with the arguments as given and LC_ALL=C', async () => {
    await script(
      'lpstat',
      `printf 'scheduler is running\\nprinter Brother_HL is idle.  enabled since ${SINCE}\\n\\tAlerts: none\\n'`,
    );
    await script(
      'lp',
      `printf '%s|' "$LC_ALL" "$@" > "${join(bin, 'lp-args')}"; echo 'request id is Brother_HL-1 (1 file(s))'`,
    );
    await createCupsPrintCommand({ env: { PATH: bin } }).send('/tmp/a b/safecall-checklist.pdf', {
      printerName: 'Brother_HL',
      copies: 3,
      paperSize: 'A4',
    });
    expect(await readFile(join(bin, 'lp-args'), 'utf8')).toBe(
      'C|-d|Brother_HL|-n|3|-o|media=A4|--|/tmp/a b/safecall-checklist.pdf|',
    );
  });

  it('reads a real exit status and stderr', async () => {
    await script(
      'lpstat',
      `echo 'scheduler is running'; echo 'lpstat: Invalid destination name in list "Nope".' >&2; exit 1`,
    );
    const error = await createCupsPrintCommand({ env: { PATH: bin } })
      .send('/f.pdf', { printerName: 'Nope', copies: 1, paperSize: 'A4' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      reason: 'no_printer',
      message: 'cups: lpstat exit 1: lpstat: Invalid destination name in list "Nope".',
    });
  });

  it('stops a command that hangs', async () => {
    await script('lpstat', 'exec /bin/sleep 30');
    const started = Date.now();
    const error = await createCupsPrintCommand({ env: { PATH: bin }, timeoutMs: 200 })
      .send('/f.pdf', { printerName: 'Brother_HL', copies: 1, paperSize: 'A4' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      reason: 'failed',
      message: 'cups: lpstat did not answer within 0.2 s and was stopped',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('knows a missing lpstat', async () => {
    const error = await createCupsPrintCommand({ env: { PATH: empty } })
      .send('/f.pdf', { printerName: 'Brother_HL', copies: 1, paperSize: 'A4' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      reason: 'no_printer',
      message: 'cups: lpstat is not installed (the cups-client package)',
    });
  });
});
