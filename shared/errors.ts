import { z } from 'zod';

/** The only error codes that may cross from the core to a shell or the renderer. */
export const ERROR_CODES = [
  'invalid_request',
  'unknown_call',
  'not_found',
  'payload_too_large',
  'method_not_allowed',
  'forbidden',
  /** The kiosk's disk is full: nothing new can be saved until staff free space. */
  'storage_full',
  /** Too many unknown checklist codes were tried: no code is looked up until `retryAfterSeconds` pass. */
  'too_many_attempts',
  /** A staff call without a valid staff session: none given, another caller's, or expired. Sign in again. */
  'unauthorized',
  /** The staff PIN (or recovery code) was wrong; `triesLeft` says how many tries remain before the pad locks. */
  'wrong_pin',
  /** This shell cannot do that (the browser shell cannot exit the kiosk: it is not its program to end). */
  'not_supported',
  /**
   * Reports (report-export): an export could not be written to the folder staff chose (full, read-only,
   * not allowed, or the stick was taken out; the message says which). Nothing of it was left there.
   */
  'export_failed',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

export const kioskErrorPayloadSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  issues: z.array(errorIssueSchema).optional(),
  /** How many whole seconds to wait before trying again (too_many_attempts). */
  retryAfterSeconds: z.int().min(1).optional(),
  /** Wrong tries left before the staff pad locks (wrong_pin). */
  triesLeft: z.int().min(0).optional(),
});
export type KioskErrorPayload = z.infer<typeof kioskErrorPayloadSchema>;

/** A typed failure. Thrown inside the core, carried as a payload across shells, rebuilt in the renderer. */
export class KioskError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly triesLeft: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    issues?: ErrorIssue[],
    options: { retryAfterSeconds?: number | undefined; triesLeft?: number | undefined } = {},
  ) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.triesLeft = options.triesLeft;
  }

  toPayload(): KioskErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.triesLeft !== undefined ? { triesLeft: this.triesLeft } : {}),
    };
  }
}

/** Turns zod's issues into "field: what is wrong" pairs a person can act on. */
export function describeZodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(whole value)',
    message: issue.message,
  }));
}
