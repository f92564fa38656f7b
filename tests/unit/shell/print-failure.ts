import { expect } from 'vitest';
import { PrintFailed } from '../../../electron/shell/print/print-failed.ts';

/** Waits for a print step to fail and returns its PrintFailed: a step that succeeds fails the test. */
export async function printFailure(promise: Promise<unknown>): Promise<PrintFailed> {
  const error = await promise.then(
    () => new Error('expected the print step to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PrintFailed);
  return error as PrintFailed;
}
