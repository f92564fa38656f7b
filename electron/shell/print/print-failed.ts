import type { PrintFailure } from '../../../shared/checklist-schema.ts';

/**
 * A print step that could not finish. `reason` is all the visitor's screen gets (it says "ask staff"
 * and keeps the checklist); the message is the technical detail for the staff log. Neither ever holds
 * the print page's address: that carries a visitor's resume code.
 */
export class PrintFailed extends Error {
  readonly reason: PrintFailure;

  constructor(reason: PrintFailure, detail: string, options?: ErrorOptions) {
    super(detail, options);
    this.name = 'PrintFailed';
    this.reason = reason;
  }
}

/** The message of anything thrown, for a log line. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
