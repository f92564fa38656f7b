import { nodeExecFileAsync, type ExecFile } from './cups-command.ts';
import type { PrintFailure } from '../../../shared/checklist-schema.ts';

/**
 * What Windows knows about a printer before a job is sent: SumatraPDF hands any job to the spooler
 * and exits 0, so without asking, an offline or empty printer looks like a printed sheet.
 * Win32_Printer's fields (Microsoft's CIM class documentation):
 *   DetectedErrorState 4 = No Paper, 8 = Jammed, 9 = Offline (3 Low Paper, 5 Low Toner still print);
 *   PrinterStatus 7 = Offline; WorkOffline = the queue was set to "Use printer offline".
 * Many drivers report only some of these, so this only ever stops a job on a clear signal.
 */
export interface WindowsPrinterState {
  WorkOffline?: boolean | null;
  PrinterStatus?: number | null;
  DetectedErrorState?: number | null;
}

/**
 * The printer's name goes in through an environment variable, never into the script text: a name
 * from the settings can then hold quotes or semicolons without becoming PowerShell code.
 */
export const STATUS_SCRIPT = [
  '$p = Get-CimInstance -ClassName Win32_Printer | Where-Object { $_.Name -eq $env:SAFECALL_PRINTER } | Select-Object -First 1',
  'if ($p) { $p | Select-Object WorkOffline, PrinterStatus, DetectedErrorState | ConvertTo-Json -Compress }',
].join('; ');

export function windowsFailure(state: WindowsPrinterState): { reason: PrintFailure; detail: string } | undefined {
  if (state.DetectedErrorState === 4)
    return { reason: 'no_paper', detail: 'Win32_Printer DetectedErrorState 4 (no paper)' };
  if (state.DetectedErrorState === 8)
    return { reason: 'no_paper', detail: 'Win32_Printer DetectedErrorState 8 (jammed)' };
  if (state.DetectedErrorState === 9)
    return { reason: 'offline', detail: 'Win32_Printer DetectedErrorState 9 (offline)' };
  if (state.PrinterStatus === 7) return { reason: 'offline', detail: 'Win32_Printer PrinterStatus 7 (offline)' };
  if (state.WorkOffline === true)
    return { reason: 'offline', detail: 'Win32_Printer WorkOffline (set to use the printer offline)' };
  return undefined;
}

export type WindowsStatus = (printerName: string) => Promise<WindowsPrinterState | undefined>;

/**
 * Asks PowerShell for the printer's state. Anything that goes wrong here (no PowerShell, a timeout,
 * output it cannot read, a printer it cannot see) answers undefined: "not known", and the job is
 * sent as before, rather than a status check ever stopping a printer that works.
 */
export function createWindowsStatus(
  options: { execFile?: ExecFile; timeoutMs?: number; warn?: (message: string) => void } = {},
): WindowsStatus {
  const execFile = options.execFile ?? nodeExecFileAsync;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  return async (printerName) => {
    try {
      const { stdout } = await execFile(
        'powershell.exe',
        ['-NoProfile', '-NonInteractive', '-Command', STATUS_SCRIPT],
        {
          timeout: timeoutMs,
          env: { ...process.env, SAFECALL_PRINTER: printerName },
        },
      );
      const text = stdout.trim();
      if (!text) return undefined;
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as WindowsPrinterState) : undefined;
    } catch (error) {
      warn(
        `SafeCall print: the Windows printer status is not known (${error instanceof Error ? error.message : String(error)}); sending anyway`,
      );
      return undefined;
    }
  };
}
