import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffSessionEndReason } from '../../../shared/news.ts';
import { NODE_TIMERS, type Timers } from '../timers.ts';

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
  /** Ends the caller's session, if it has one (sign-out, the visitor reset); `onEnded` hears why. */
  end(caller: string | undefined, reason?: Exclude<StaffSessionEndReason, 'expired'>): void;
  /**
   * The caller's session started an assisted visit: from now until it ends, every call carrying its
   * token extends it, visitor calls too (see `check`).
   */
  assist(caller: string | undefined): void;
  /** Stops every expiry timer: the core is closing (sessions are in memory and die with it). */
  close(): void;
}

/** The timers a session's expiry runs on; Node's (unref'd) unless a test hands in a fake clock's. */
export type SessionTimers = Timers;

export interface StaffSessionsDeps {
  now: () => number;
  idleMs?: number;
  /**
   * A session ended, and why: the core tells that window or page alone (news `staffSessionEnded`), so
   * its staff screens close at once rather than at the next staff call. Not called when a new
   * sign-in of the same caller replaces its session (that page is signing in, not out).
   */
  onEnded?: (caller: string, reason: StaffSessionEndReason) => void;
  timers?: SessionTimers;
}

function sameToken(held: string, given: string): boolean {
  const a = Buffer.from(held);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

interface Session {
  token: string;
  lastUsed: number;
  /** The session started an assisted visit: every call carrying its token extends it. */
  assisting: boolean;
  timer: unknown;
}

/**
 * Staff sessions, in memory only: a restart signs everyone out, and no token is ever written down. One
 * session per caller; a token is bound to the caller it was issued to, so a token copied to another
 * window or page is refused there. Each session has one timer, set for when it would expire: when it
 * fires, a session used since is given the rest of its time, an idle one ends and is announced.
 */
export function createStaffSessions(deps: StaffSessionsDeps): StaffSessions {
  const idleMs = deps.idleMs ?? SESSION_IDLE_MS;
  const timers = deps.timers ?? NODE_TIMERS;
  const byCaller = new Map<string, Session>();

  const finish = (caller: string, reason: StaffSessionEndReason) => {
    const session = byCaller.get(caller);
    if (!session) return;
    timers.clear(session.timer);
    byCaller.delete(caller);
    deps.onEnded?.(caller, reason);
  };
  const idleFor = (session: Session) => deps.now() - session.lastUsed;
  const arm = (caller: string, session: Session, ms: number) => {
    session.timer = timers.set(() => {
      if (byCaller.get(caller) !== session) return;
      const left = idleMs - idleFor(session);
      if (left > 0) arm(caller, session, left);
      else finish(caller, 'expired');
    }, ms);
  };

  return {
    open: (caller) => {
      const token = randomBytes(32).toString('base64url');
      const earlier = byCaller.get(caller);
      if (earlier) timers.clear(earlier.timer);
      const session: Session = { token, lastUsed: deps.now(), assisting: false, timer: undefined };
      byCaller.set(caller, session);
      arm(caller, session, idleMs);
      return { token, expiresInSeconds: Math.round(idleMs / 1000) };
    },
    check: ({ caller, token }, { extend }) => {
      if (caller === undefined || token === undefined) return false;
      const session = byCaller.get(caller);
      if (!session || !sameToken(session.token, token)) return false;
      // The timer may not have fired yet (a busy event loop, a clock that jumped): the clock decides.
      if (idleFor(session) >= idleMs) {
        finish(caller, 'expired');
        return false;
      }
      // During an assisted walkthrough the volunteer touches only visitor screens, often for twenty
      // minutes: a visitor call from the page that carries the token is the volunteer at work. A
      // visitor's own visit never has the token (the core ends the session when it starts).
      if (extend || session.assisting) session.lastUsed = deps.now();
      return true;
    },
    end: (caller, reason = 'signed_out') => {
      if (caller !== undefined) finish(caller, reason);
    },
    close: () => {
      for (const session of byCaller.values()) timers.clear(session.timer);
      byCaller.clear();
    },
    assist: (caller) => {
      const session = caller === undefined ? undefined : byCaller.get(caller);
      if (session) session.assisting = true;
    },
  };
}
