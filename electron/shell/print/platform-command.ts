import { createCupsPrintCommand } from './cups-command.ts';
import type { PrintCommand } from './print-command.ts';
import { createWindowsPrintCommand } from './windows-command.ts';

/** Windows prints through SumatraPDF; Linux (and macOS, which has CUPS too) through lp. */
export function printCommandFor(platform: NodeJS.Platform): PrintCommand {
  return platform === 'win32' ? createWindowsPrintCommand() : createCupsPrintCommand();
}
