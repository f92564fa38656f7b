import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Five minutes after the last staff call, a session ends: a volunteer who walks away leaves no open door. */
export const SESSION_IDLE_MS = 5 * 60_000;

/** Who holds a session: the shell's name for the window (Electron) or page (browser shell). */
export interface CallerToken {
  caller: string | undefined;
  token: string | undefined;
}

export interface StaffSessions {
  /** A new session for this caller (any earlier one of its ends): 256 random bits, base64url. */
  open(caller: string): { token: string; expiresInSeconds: number };
  /** Whether the token is this caller's and still alive; a staff call (`extend`) restarts its five minutes. */
  check(from: CallerToken, options: { extend: boolean }): boolean;
  /** Ends the caller's session, if it has one (sign-out, the visitor reset). */
  end(caller: string | undefined): void;
  /**
   * The caller's session started an assisted visit: from now until it ends, every call carrying its
   * token extends it, visitor calls too (see `check`).
   */
  assist(caller: string | undefined): void;
}

function sameToken(held: string, given: string): boolean {
  const a = Buffer.from(held);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Staff sessions, in memory only: a restart signs everyone out, and no token is ever written down. One
 * session per caller; a token is bound to the caller it was issued to, so a token copied to another
 * window or page is refused there.
 */
export function createStaffSessions(deps: { now: () => number; idleMs?: number }): StaffSessions {
  const idleMs = deps.idleMs ?? SESSION_IDLE_MS;
  const byCaller = new Map<string, { token: string; lastUsed: number; assisting: boolean }>();
  return {
    open: (caller) => {
      const token = randomBytes(32).toString('base64url');
      byCaller.set(caller, { token, lastUsed: deps.now(), assisting: false });
      return { token, expiresInSeconds: Math.round(idleMs / 1000) };
    },
    check: ({ caller, token }, { extend }) => {
      if (caller === undefined || token === undefined) return false;
      const session = byCaller.get(caller);
      if (!session || !sameToken(session.token, token)) return false;
      const now = deps.now();
      if (now - session.lastUsed >= idleMs) {
        byCaller.delete(caller);
        return false;
      }
      // During an assisted walkthrough the volunteer touches only visitor screens, often for twenty
      // minutes: a visitor call from the page that carries the token is the volunteer at work. A
      // visitor's own visit never has the token (the core ends the session when it starts).
      if (extend || session.assisting) session.lastUsed = now;
      return true;
    },
    end: (caller) => {
      if (caller !== undefined) byCaller.delete(caller);
    },
    assist: (caller) => {
      const session = caller === undefined ? undefined : byCaller.get(caller);
      if (session) session.assisting = true;
    },
  };
}
