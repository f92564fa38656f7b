import type { CallerInfo } from '../../../shared/api.ts';
import { KioskError } from '../../../shared/errors.ts';
import type { StaffSession, StaffStatus } from '../../../shared/staff.ts';
import { afterWrongTry, lockedFor, OPEN, triesLeft, type LockState } from './lockout.ts';
import { newRecoveryCode } from './recovery-code.ts';
import { hashSecret, hashSecretSync, SCRYPT_COST, verifySecret, type ScryptCost } from './secret-hash.ts';
import type { StaffRepository } from './staff.repository.ts';
import type { StaffSessions } from './staff-sessions.ts';

export interface NewPinAnswer {
  session: StaffSession;
  /** Shown once: only its hash is kept. */
  recoveryCode: string;
}

export interface StaffService {
  status(from: CallerInfo): StaffStatus;
  signIn(pin: string, caller: string | undefined): Promise<{ session: StaffSession }>;
  recover(recoveryCode: string, newPin: string, caller: string | undefined): Promise<NewPinAnswer>;
  /** Ends the caller's session: staff left (`signed_out`, the default) or a visitor reset ended it. */
  signOut(caller: string | undefined, reason?: 'signed_out' | 'visitor_reset'): void;
  /** An assisted visit began on the caller's session: it stays open while the walkthrough goes on. */
  assist(caller: string | undefined): void;
  /**
   * Chooses the first PIN. `setup`: first-run setup, only while no kiosk.json provisioned the kiosk;
   * `store` saves the centre's settings first. `provisioned`: the first PIN of a kiosk kiosk.json set up.
   * Either only while no PIN is set. A provisioned kiosk whose kiosk.json carried a setup code needs
   * it (`setupCode`): a wrong one counts against the lock, the right one is spent by this PIN.
   */
  firstPin(
    pin: string,
    caller: string | undefined,
    how: { kind: 'setup'; store: () => void } | { kind: 'provisioned'; setupCode?: string | undefined },
  ): Promise<NewPinAnswer>;
  // staff-pin: changing the PIN, and kiosk.json's setup code.
  /** A new PIN, given the current one (a wrong one counts against the lock); the recovery code stays. */
  changePin(currentPin: string, newPin: string): Promise<void>;
  /**
   * At start-up, with kiosk.json's bytes hash and its setup code (if any): while no PIN is set, a file
   * not seen before arms its code (or none); the same file again changes nothing, so a spent code
   * stays spent. Hashes on the calling thread, before any call is answered.
   */
  armSetupCode(fileHash: string, code: string | undefined): void;
}

export interface StaffServiceDeps {
  repo: StaffRepository;
  sessions: StaffSessions;
  now: () => number;
  /** Whether kiosk.json provisioned this kiosk's settings (then there is no first-run setup). */
  provisioned: () => boolean;
  /** scrypt's cost; SCRYPT_COST unless a test asks for a cheaper one. */
  cost?: ScryptCost;
}

function lockedError(ms: number): KioskError {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.ceil(seconds / 60);
  return new KioskError(
    'too_many_attempts',
    `The staff pad is locked after too many wrong tries. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    undefined,
    { retryAfterSeconds: seconds },
  );
}

function needCaller(caller: string | undefined): string {
  // The browser shell names the page from a header the kiosk page always sends; without it a session
  // could not be bound to anything, so nothing is tried or counted.
  if (caller === undefined)
    throw new KioskError('unauthorized', 'This page did not say which kiosk page it is; reload it and try again.');
  return caller;
}

/**
 * The PIN, the recovery code and the lockout. Every try runs one at a time (a queue), so firing many
 * guesses at once cannot slip past the lock while the first is still being hashed. No PIN, code or token
 * is ever put in a message or a log line: errors say only what was wrong and how long to wait.
 */
export function createStaffService(deps: StaffServiceDeps): StaffService {
  const cost = deps.cost ?? SCRYPT_COST;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Checks a secret against the lock: a wrong one is counted (and may lock the pad), a right one opens it. */
  const tryAgainstLock = async (secret: string, hash: string, wrongMessage: string): Promise<void> => {
    const lock = deps.repo.lock();
    const wait = lockedFor(lock, deps.now());
    if (wait > 0) throw lockedError(wait);
    if (await verifySecret(secret, hash)) {
      // Written only when there is something to forget: a sign-in then needs no write, and works while
      // another program holds the database's write lock (the visit log waits out such locks too).
      if (lock.failures !== 0 || lock.lockouts !== 0 || lock.lockedUntil !== null) deps.repo.setLock(OPEN);
      return;
    }
    const after: LockState = afterWrongTry(lock, deps.now());
    deps.repo.setLock(after);
    const nowLocked = lockedFor(after, deps.now());
    if (nowLocked > 0) throw lockedError(nowLocked);
    const left = triesLeft(after);
    throw new KioskError(
      'wrong_pin',
      `${wrongMessage} ${left} ${left === 1 ? 'try' : 'tries'} left before the pad locks.`,
      undefined,
      { triesLeft: left },
    );
  };

  const newSecrets = async (pin: string) => {
    const code = newRecoveryCode();
    const [pinHash, recoveryHash] = await Promise.all([hashSecret(pin, cost), hashSecret(code.bare, cost)]);
    return { secrets: { pinHash, recoveryHash }, shown: code.shown };
  };

  const noPinYet = () => new KioskError('forbidden', 'No staff PIN has been chosen on this kiosk yet.');
  /** The armed setup code's hash, while no PIN is set and it is not spent. */
  const setupCodeHash = () => deps.repo.setupCode()?.codeHash ?? null;

  return {
    status: (from) => {
      const pinSet = deps.repo.secrets() !== undefined;
      const lock = deps.repo.lock();
      return {
        pinSet,
        setupAvailable: !pinSet && !deps.provisioned(),
        lockedForSeconds: Math.ceil(lockedFor(lock, deps.now()) / 1000),
        triesLeft: triesLeft(lock),
        signedIn: from.staff,
        setupCodeNeeded: !pinSet && setupCodeHash() !== null,
      };
    },
    signIn: (pin, caller) =>
      oneAtATime(async () => {
        const who = needCaller(caller);
        const secrets = deps.repo.secrets();
        if (!secrets) throw noPinYet();
        await tryAgainstLock(pin, secrets.pinHash, 'That PIN is not right.');
        return { session: deps.sessions.open(who) };
      }),
    recover: (recoveryCode, newPin, caller) =>
      oneAtATime(async () => {
        const who = needCaller(caller);
        const secrets = deps.repo.secrets();
        if (!secrets) throw noPinYet();
        await tryAgainstLock(recoveryCode, secrets.recoveryHash, 'That recovery code is not right.');
        const fresh = await newSecrets(newPin);
        deps.repo.setSecrets(fresh.secrets);
        return { session: deps.sessions.open(who), recoveryCode: fresh.shown };
      }),
    signOut: (caller, reason) => deps.sessions.end(caller, reason),
    assist: (caller) => deps.sessions.assist(caller),
    firstPin: (pin, caller, how) =>
      oneAtATime(async () => {
        const who = needCaller(caller);
        const allowed = () =>
          deps.repo.secrets() === undefined && (how.kind === 'setup' ? !deps.provisioned() : deps.provisioned());
        const refusal = () =>
          how.kind === 'setup'
            ? new KioskError(
                'forbidden',
                'This kiosk is already set up (by kiosk.json or an earlier setup); sign in with the staff PIN.',
              )
            : new KioskError(
                'forbidden',
                deps.repo.secrets() === undefined
                  ? 'This kiosk has not been set up yet: use first-run setup to choose the PIN.'
                  : 'A staff PIN is already set; sign in with it, or use the recovery code.',
              );
        if (!allowed()) throw refusal();
        const codeHash = how.kind === 'provisioned' ? setupCodeHash() : null;
        if (codeHash !== null) {
          // Without the code nothing was guessed, so nothing is counted: the pad asks for it first.
          if (how.kind !== 'provisioned' || how.setupCode === undefined)
            throw new KioskError(
              'forbidden',
              "This kiosk's kiosk.json sets a staff setup code: type it to choose the first staff PIN.",
            );
          await tryAgainstLock(how.setupCode, codeHash, 'That setup code is not right.');
        }
        const fresh = await newSecrets(pin);
        if (how.kind === 'setup') how.store();
        deps.repo.setSecrets(fresh.secrets);
        // Spent: the same kiosk.json read again at the next start does not arm it again (armSetupCode).
        const armed = deps.repo.setupCode();
        if (armed && armed.codeHash !== null) deps.repo.setSetupCode(armed.armedFrom, null);
        return { session: deps.sessions.open(who), recoveryCode: fresh.shown };
      }),
    changePin: (currentPin, newPin) =>
      oneAtATime(async () => {
        const secrets = deps.repo.secrets();
        if (!secrets) throw noPinYet();
        await tryAgainstLock(currentPin, secrets.pinHash, 'That PIN is not right.');
        deps.repo.setPinHash(await hashSecret(newPin, cost));
      }),
    armSetupCode: (fileHash, code) => {
      if (deps.repo.secrets() !== undefined) return;
      if (deps.repo.setupCode()?.armedFrom === fileHash) return;
      deps.repo.setSetupCode(fileHash, code === undefined ? null : hashSecretSync(code, cost));
    },
  };
}
