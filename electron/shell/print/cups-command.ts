import { execFile as nodeExecFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { PrintCommand, SendOptions } from './print-command.ts';
import { PrintFailed } from './print-failed.ts';
import { cupsErrorFailure, parseLpstat, queueFailure } from './cups-status.ts';

export interface ExecOptions {
  timeout: number;
  env: NodeJS.ProcessEnv;
}

/** execFile, promised: never a shell, so a printer name from the settings is one argument, whatever it holds. */
export type ExecFile = (
  command: string,
  args: readonly string[],
  options: ExecOptions,
) => Promise<{ stdout: string; stderr: string }>;

const execFileAsync = promisify(nodeExecFile);

export const nodeExecFileAsync: ExecFile = async (command, args, options) => {
  const { stdout, stderr } = await execFileAsync(command, [...args], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
    windowsHide: true,
  });
  return { stdout, stderr };
};

/** How Node's execFile rejects: `code` is the exit status, or an errno string when the program could not start. */
interface ExecError {
  code?: number | string | null;
  killed?: boolean;
  signal?: string | null;
  stdout?: string;
  stderr?: string;
  message?: string;
}

type Ran = { ok: true; stdout: string; stderr: string } | { ok: false; exit: string; stdout: string; stderr: string };

export interface CupsCommandOptions {
  execFile?: ExecFile;
  /** Per command; a CUPS server that stops answering would otherwise hold lp forever. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * CUPS queue names: printable, no space, tab, "/" or "#" (lpadmin's rules; "/" would also make lp read
 * "NAME/instance"). Anything else cannot be a queue, so it is refused before any command runs.
 */
export function isCupsQueueName(name: string): boolean {
  return /^[^\s/#\p{Cc}]{1,127}$/u.test(name);
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/**
 * Linux and macOS: check the queue with lpstat, then send the PDF with lp. Both through execFile with
 * LC_ALL=C, so their messages are the English ones cups-status.ts reads, and each with a timeout.
 */
export function createCupsPrintCommand(options: CupsCommandOptions = {}): PrintCommand {
  const execFile = options.execFile ?? nodeExecFileAsync;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const env = { ...(options.env ?? process.env), LC_ALL: 'C' };

  async function run(command: 'lpstat' | 'lp', args: readonly string[]): Promise<Ran> {
    try {
      return { ok: true, ...(await execFile(command, args, { timeout: timeoutMs, env })) };
    } catch (caught) {
      const error = (caught ?? {}) as ExecError;
      if (error.code === 'ENOENT') {
        throw new PrintFailed('no_printer', `cups: ${command} is not installed (the cups-client package)`);
      }
      if (error.killed || (error.signal && error.code === null)) {
        throw new PrintFailed('failed', `cups: ${command} did not answer within ${timeoutMs / 1000} s and was stopped`);
      }
      if (typeof error.code !== 'number') {
        throw new PrintFailed('failed', `cups: ${command} could not run: ${error.message ?? String(caught)}`);
      }
      return { ok: false, exit: `exit ${error.code}`, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
    }
  }

  async function check(name: string | undefined): Promise<void> {
    if (name !== undefined && !isCupsQueueName(name)) {
      throw new PrintFailed('no_printer', 'cups: the printer setting is not a CUPS queue name (no spaces, "/" or "#")');
    }

    // One lpstat call: -r first so a stopped scheduler is told apart from an unknown queue (without
    // a scheduler, "-pNAME" fails exactly as for a name that does not exist). "-pNAME" in one
    // argument, so a name can never be read as another option.
    const status = await run('lpstat', name === undefined ? ['-r', '-d', '-l', '-p'] : ['-r', '-l', `-p${name}`]);
    const report = parseLpstat(status.stdout);
    if (report.schedulerRunning === false)
      throw new PrintFailed('offline', 'cups: the CUPS scheduler (cupsd) is not running');
    if (name === undefined && !report.defaultDestination) {
      throw new PrintFailed(
        'no_printer',
        'cups: no printer is set in the kiosk settings and CUPS has no default destination',
      );
    }
    if (!status.ok) {
      throw new PrintFailed(
        cupsErrorFailure(status.stderr),
        `cups: lpstat ${status.exit}: ${firstLine(status.stderr) || 'no message'}`,
      );
    }
    const queue = (name ?? report.defaultDestination ?? '').toLowerCase();
    // CUPS queue names are case-insensitive. A queue lpstat accepted but did not list (a class) is left
    // to lp to judge.
    const printer = report.printers.find((p) => p.name.toLowerCase() === queue);
    const blocked = printer ? queueFailure(printer) : null;
    if (printer && blocked) throw new PrintFailed(blocked.reason, `cups: ${printer.name}: ${blocked.detail}`);
  }

  return {
    kind: 'cups',
    check,
    async send(file: string, job: SendOptions): Promise<void> {
      const name = job.printerName;
      await check(name);

      // No -d without a name: lp then uses the system default itself. "--" ends the options, so the
      // file is never read as one. media: the PDF's own page size, so CUPS does not scale it to
      // whatever paper the queue defaults to.
      const sent = await run('lp', [
        ...(name === undefined ? [] : ['-d', name]),
        '-n',
        String(job.copies),
        '-o',
        `media=${job.paperSize}`,
        '--',
        file,
      ]);
      if (!sent.ok) {
        throw new PrintFailed(
          cupsErrorFailure(sent.stderr),
          `cups: lp ${sent.exit}: ${firstLine(sent.stderr) || 'no message'}`,
        );
      }
    },
  };
}
