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

/**
 * The one-time setup code a kiosk.json may carry (`staffSetupCode`): whoever installs the kiosk chooses
 * it, so the first PIN of a provisioned kiosk is not chosen by whoever opens the pad first. 8 to 32
 * letters and digits; typed in any case, with spaces or dashes if the installer wrote it in groups.
 * The core keeps only its hash and spends it on the first PIN.
 */
export const STAFF_SETUP_CODE_MIN = 8;
export const STAFF_SETUP_CODE_MAX = 32;
/** What the on-screen keys offer for it: every letter and digit (upper case: the code is compared without case). */
export const STAFF_SETUP_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const staffSetupCodeSchema = z
  .string()
  .max(80)
  .transform((text) => text.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[A-Z0-9]{${STAFF_SETUP_CODE_MIN},${STAFF_SETUP_CODE_MAX}}$`),
        `must be ${STAFF_SETUP_CODE_MIN} to ${STAFF_SETUP_CODE_MAX} letters and digits`,
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
  // staff-pin: optional so answers made before these existed still parse; the core always sends both.
  /** Choosing the first PIN needs the setup code kiosk.json carries (it has not been spent yet). */
  setupCodeNeeded: z.boolean().optional(),
  /**
   * This shell can end the kiosk program for maintenance (Electron). Said here, the status the staff
   * screens already ask for, from the same capability the exitKiosk handler uses: the button and the
   * call cannot disagree, and getSettings (the centre's stored settings) stays free of shell facts.
   */
  canExitKiosk: z.boolean().optional(),
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
