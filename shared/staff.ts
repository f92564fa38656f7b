import { z } from 'zod';

/**
 * Staff access as the contract sees it: the PIN, the recovery code, the session a right PIN opens,
 * and the headers the browser shell reads. No Node here: the renderer shares these schemas.
 */

/** 4 to 8 digits: short enough for a volunteer to remember, the lockout (not the length) stops guessing. */
export const pinSchema = z.string().regex(/^\d{4,8}$/, 'must be 4 to 8 digits');

/**
 * The recovery code's letters: no 0/O, 1/I/L, which are misread on paper and on a keypad. 31 letters,
 * 12 of them: about 59 bits, far beyond what the lockout lets anyone try.
 */
export const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_LENGTH = 12;
/** Shown in groups of four ("ABCD-EFGH-JKMN") so it can be read aloud and copied by hand. */
export const RECOVERY_GROUP = 4;

/**
 * A recovery code as a person types it: any case, with or without the dashes or spaces of its groups.
 * Parsed to the bare 12 letters the core hashes.
 */
export const recoveryCodeSchema = z
  .string()
  .max(40)
  .transform((text) => text.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[${RECOVERY_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`),
        `must be ${RECOVERY_CODE_LENGTH} letters and digits as printed on the recovery sheet`,
      ),
  );

/** The code as shown once: groups of four joined by dashes. */
export const shownRecoveryCodeSchema = z
  .string()
  .regex(new RegExp(`^[${RECOVERY_ALPHABET}]{4}(-[${RECOVERY_ALPHABET}]{4}){2}$`));

/**
 * A staff session: the token (256 random bits, base64url) the page sends with every call while staff
 * mode is open, and how long it lasts without a staff call. renderer/api keeps the token; screens
 * need not touch it.
 */
export const staffSessionSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  expiresInSeconds: z.int().positive(),
});
export type StaffSession = z.infer<typeof staffSessionSchema>;

/** What the PIN pad needs before anyone types: is there a PIN, is the pad locked, is this page signed in. */
export const staffStatusSchema = z.object({
  /** A PIN was chosen; until then the pad offers first-run setup or choosing the first PIN. */
  pinSet: z.boolean(),
  /** First-run setup (setupKiosk) is still possible: no kiosk.json provisioned the kiosk and no PIN is set. */
  setupAvailable: z.boolean(),
  /** Seconds until the pad opens again; 0 when it is not locked. */
  lockedForSeconds: z.int().min(0),
  /** Wrong tries left before the pad locks. */
  triesLeft: z.int().min(0),
  /** The caller holds a valid staff session (asking does not extend it). */
  signedIn: z.boolean(),
});
export type StaffStatus = z.infer<typeof staffStatusSchema>;

/** A right PIN opens a session; a new PIN (setup, recovery, the first PIN) also gives its recovery code, once. */
export const newPinAnswerSchema = z.object({ session: staffSessionSchema, recoveryCode: shownRecoveryCodeSchema });

/**
 * The browser shell's headers. The page id is made in memory at page load (renderer/api) and binds a
 * session to that page; a token sent from another page is refused. Electron binds to the window instead.
 */
export const PAGE_ID_HEADER = 'x-safecall-page';
export const STAFF_TOKEN_HEADER = 'x-safecall-staff';
export const PAGE_ID_PATTERN = /^[A-Za-z0-9-]{16,64}$/;
export const STAFF_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
