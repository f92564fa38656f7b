import { describe, expect, it } from 'vitest';
import { createStaffSessions, SESSION_IDLE_MS } from '../../../../electron/core/staff/staff-sessions.ts';
import type { StaffSessionEndReason } from '../../../../shared/news.ts';
import { fakeClock } from './fake-staff.ts';

const MINUTE = 60_000;

function sessions() {
  const clock = fakeClock();
  const ended: Array<[string, StaffSessionEndReason]> = [];
  const s = createStaffSessions({
    now: clock.now,
    timers: clock.timers,
    onEnded: (caller, reason) => void ended.push([caller, reason]),
  });
  return { clock, sessions: s, ended };
}

describe('staff sessions', () => {
  it('issue a new random token of 256 bits per sign-in, lasting five minutes', () => {
    const { sessions: s } = sessions();
    const a = s.open('window:1');
    const b = s.open('window:2');
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.expiresInSeconds).toBe(300);
    expect(SESSION_IDLE_MS).toBe(5 * MINUTE);
  });

  it('accept a token only from the caller it was issued to', () => {
    const { sessions: s } = sessions();
    const { token } = s.open('page:A');
    expect(s.check({ caller: 'page:A', token }, { extend: false })).toBe(true);
    expect(s.check({ caller: 'page:B', token }, { extend: false })).toBe(false);
    expect(s.check({ caller: undefined, token }, { extend: false })).toBe(false);
    expect(s.check({ caller: 'page:A', token: undefined }, { extend: false })).toBe(false);
    expect(s.check({ caller: 'page:A', token: token.slice(0, 42) + 'x' }, { extend: false })).toBe(false);
  });

  it('end five minutes after the last staff call, each staff call starting the five minutes again', () => {
    const { clock, sessions: s } = sessions();
    const { token } = s.open('window:1');
    const from = { caller: 'window:1', token };
    clock.advance(4 * MINUTE);
    expect(s.check(from, { extend: true })).toBe(true);
    clock.advance(4 * MINUTE);
    // Eight minutes after sign-in, four after the last staff call: still open.
    expect(s.check(from, { extend: true })).toBe(true);
    clock.advance(5 * MINUTE - 1);
    expect(s.check(from, { extend: false })).toBe(true);
    clock.advance(1);
    expect(s.check(from, { extend: true })).toBe(false);
    // Once ended it stays ended, even if the clock were set back.
    clock.advance(-MINUTE);
    expect(s.check(from, { extend: true })).toBe(false);
  });

  it('are not extended by a visitor call that merely asks', () => {
    const { clock, sessions: s } = sessions();
    const { token } = s.open('window:1');
    clock.advance(3 * MINUTE);
    expect(s.check({ caller: 'window:1', token }, { extend: false })).toBe(true);
    clock.advance(2 * MINUTE);
    expect(s.check({ caller: 'window:1', token }, { extend: false })).toBe(false);
  });

  it('during an assisted visit, are extended by any call carrying the token: a twenty-minute walkthrough stays open', () => {
    const { clock, sessions: s } = sessions();
    const { token } = s.open('page:A');
    const other = s.open('page:B');
    s.assist('page:A');
    // The volunteer only touches visitor screens: a visitor call every four minutes, for twenty minutes.
    for (let minute = 4; minute <= 20; minute += 4) {
      clock.advance(4 * MINUTE);
      expect(s.check({ caller: 'page:A', token }, { extend: false }), `minute ${minute}`).toBe(true);
    }
    // Another page's session is not assisting: its five minutes ran out long ago.
    expect(s.check({ caller: 'page:B', token: other.token }, { extend: false })).toBe(false);
    // Five quiet minutes still end it, assisted or not.
    clock.advance(5 * MINUTE);
    expect(s.check({ caller: 'page:A', token }, { extend: false })).toBe(false);
  });

  it('stop being assisted with the session: a new sign-in starts a session that visitor calls do not extend', () => {
    const { clock, sessions: s } = sessions();
    s.open('page:A');
    s.assist('page:A');
    s.end('page:A');
    const { token } = s.open('page:A');
    clock.advance(3 * MINUTE);
    expect(s.check({ caller: 'page:A', token }, { extend: false })).toBe(true);
    clock.advance(2 * MINUTE);
    expect(s.check({ caller: 'page:A', token }, { extend: false })).toBe(false);
    expect(() => s.assist(undefined)).not.toThrow();
    expect(() => s.assist('page:none')).not.toThrow();
  });

  it('end at sign-out or a new sign-in of the same caller, and only that caller', () => {
    const { sessions: s } = sessions();
    const one = s.open('window:1');
    const two = s.open('window:2');
    s.end('window:1');
    expect(s.check({ caller: 'window:1', token: one.token }, { extend: false })).toBe(false);
    expect(s.check({ caller: 'window:2', token: two.token }, { extend: false })).toBe(true);
    const again = s.open('window:2');
    expect(s.check({ caller: 'window:2', token: two.token }, { extend: false })).toBe(false);
    expect(s.check({ caller: 'window:2', token: again.token }, { extend: false })).toBe(true);
    expect(() => s.end(undefined)).not.toThrow();
  });
});

describe('the end of a staff session is told to its own window or page', () => {
  it('once, five quiet minutes after the last staff call, without waiting for a call', () => {
    const { clock, sessions: s, ended } = sessions();
    const { token } = s.open('page:A');
    s.open('page:B');
    clock.advance(3 * MINUTE);
    expect(s.check({ caller: 'page:A', token }, { extend: true })).toBe(true);
    // B has been quiet five minutes; A's call three minutes in gave it five more.
    clock.advance(2 * MINUTE);
    expect(ended).toEqual([['page:B', 'expired']]);
    clock.advance(3 * MINUTE - 1);
    expect(ended).toEqual([['page:B', 'expired']]);
    clock.advance(1);
    expect(ended).toEqual([
      ['page:B', 'expired'],
      ['page:A', 'expired'],
    ]);
    // Told once: a late call with the old token is refused, and nothing is said again.
    expect(s.check({ caller: 'page:A', token }, { extend: true })).toBe(false);
    clock.advance(60 * MINUTE);
    expect(ended).toHaveLength(2);
    expect(clock.pending()).toBe(0);
  });

  it('once, by the first to notice, when a call comes after the five minutes but before the timer ran', () => {
    const clock = fakeClock();
    const ended: string[] = [];
    // Timers that never run: a busy event loop, or a clock that jumped ahead.
    const s = createStaffSessions({
      now: clock.now,
      timers: { set: () => 'never runs', clear: () => {} },
      onEnded: (caller, reason) => void ended.push(`${caller} ${reason}`),
    });
    const { token } = s.open('window:7');
    clock.advance(5 * MINUTE);
    expect(s.check({ caller: 'window:7', token }, { extend: false })).toBe(false);
    expect(s.check({ caller: 'window:7', token }, { extend: false })).toBe(false);
    expect(ended).toEqual(['window:7 expired']);
  });

  it('with the reason, at sign-out and at a visitor reset; a new sign-in is no end, and the old timer goes', () => {
    const { clock, sessions: s, ended } = sessions();
    s.open('window:1');
    s.open('window:1');
    expect(clock.pending()).toBe(1);
    s.end('window:1');
    s.open('window:2');
    s.end('window:2', 'visitor_reset');
    // Ending what is not open says nothing.
    s.end('window:2', 'visitor_reset');
    s.end('window:3');
    expect(ended).toEqual([
      ['window:1', 'signed_out'],
      ['window:2', 'visitor_reset'],
    ]);
    expect(clock.pending()).toBe(0);
    clock.advance(10 * MINUTE);
    expect(ended).toHaveLength(2);
  });

  it('never after the core closed: close stops every timer', () => {
    const { clock, sessions: s, ended } = sessions();
    s.open('page:A');
    s.open('page:B');
    s.close();
    expect(clock.pending()).toBe(0);
    clock.advance(10 * MINUTE);
    expect(ended).toEqual([]);
  });
});
