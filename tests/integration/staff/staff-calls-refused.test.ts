import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CALL_ACCESS } from '../../../shared/api.ts';
import {
  STAFF_REQUESTS,
  staffCalls,
  type CallName,
  type CallRequest,
  type ResultEnvelope,
} from '../../../shared/api.ts';
import { PAGE_ID_HEADER, STAFF_TOKEN_HEADER } from '../../../shared/staff.ts';
import { createIpcHandler } from '../../../electron/shell/ipc.ts';
import { createWebServer, listen } from '../../../electron/web/server.ts';
import { signInStaff, TEST_PIN } from '../../support/staff.ts';
import { tempDir, testKiosk } from '../../support/temp-dir.ts';
import { httpEnvelope } from '../../support/unwrap.ts';

type StaffCall = { [K in CallName]: (typeof CALL_ACCESS)[K] extends 'staff' ? K : never }[CallName];

/**
 * A valid request for every staff call, and for every visitor call some requests make a staff one.
 * Typed against the contract: a new staff call without an entry here fails the type-check, and the
 * first test fails if the lists drift.
 */
const STAFF_EXAMPLES = {
  getReviewList: {},
  getHealth: {},
  listGuides: {},
  changeStaffPin: { currentPin: TEST_PIN, newPin: TEST_PIN },
  exitKiosk: {},
  getVisitReport: { from: '2026-11-01', to: '2026-11-30', locale: 'en' },
  exportVisitReport: { from: '2026-11-01', to: '2026-11-30', locale: 'en' },
  getContentPacks: {},
  openContentPack: { upload: { name: 'pack.scpack', base64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' } },
  applyContentPack: { ticket: '7d0f7e0e-3c1a-4f59-9a43-8d1f3f0d2b6c', allowOlder: false },
  rollBackContent: {},
  addContentPackKey: { publicKey: 'MCowBQYDK2VwAyEA', confirm: false },
} satisfies { [K in StaffCall]: CallRequest<K> };
const STAFF_REQUEST_EXAMPLES = {
  startVisit: { locale: 'en', assisted: true },
  // report-print: printing the monthly report, and reading its sheet without a print ticket.
  printSheet: { sheet: { kind: 'report', month: '2026-11', lang: 'en' } },
  composeReportSheet: { month: '2026-11', lang: 'en' },
} satisfies { [K in keyof typeof STAFF_REQUESTS]: CallRequest<K & CallName> };

const CASES: Array<[CallName, unknown]> = [
  ...Object.entries(STAFF_EXAMPLES),
  ...Object.entries(STAFF_REQUEST_EXAMPLES),
] as Array<[CallName, unknown]>;

const MINUTE = 60_000;

/** A kiosk on a clock the test moves, its PIN already chosen. */
async function kioskWithPin() {
  let now = Date.UTC(2026, 11, 6, 10, 0);
  // With the Electron shell's exit capability (a fake here), so exitKiosk's refusals are about the token.
  const kiosk = testKiosk({ now: () => new Date(now), exit: () => {} });
  await signInStaff(kiosk, 'test:setup');
  return {
    kiosk,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

type Who = 'A' | 'B';

/** One way into the core: sign a caller in, and send a call as a caller with a token (or none). */
interface Door {
  signIn(who: Who): Promise<string>;
  send(call: CallName, request: unknown, who: Who, token: string | undefined): Promise<ResultEnvelope>;
}

const refused = { ok: false, error: { code: 'unauthorized', message: expect.any(String) } };

/**
 * For every staff call: refused with no token, with another caller's token, and with its own token five
 * minutes after the last staff call; each next to the same call made rightly, so the refusal is about
 * the token and nothing else.
 */
async function expectRefusals(door: Door, advance: (ms: number) => void) {
  for (const [call, request] of CASES) {
    const mine = await door.signIn('A');
    const theirs = await door.signIn('B');
    expect(await door.send(call, request, 'A', undefined), `${call} without a token`).toEqual(refused);
    expect(await door.send(call, request, 'A', theirs), `${call} with another caller's token`).toEqual(refused);
    expect(await door.send(call, request, 'A', mine), `${call} with its own live token`).toMatchObject({ ok: true });
    advance(5 * MINUTE);
    expect(await door.send(call, request, 'A', mine), `${call} five minutes after the last staff call`).toEqual(
      refused,
    );
  }
}

function tokenOf(envelope: ResultEnvelope): string {
  if (!envelope.ok) throw new Error(`sign-in failed: ${JSON.stringify(envelope.error)}`);
  return (envelope.value as { session: { token: string } }).session.token;
}

const servers: Array<{ close: () => void }> = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('every staff call in the contract is refused without a valid staff token', () => {
  it('lists exactly the staff calls of the contract (getHealth and getReviewList today), each with an example', () => {
    expect(Object.keys(STAFF_EXAMPLES).sort()).toEqual([...staffCalls()].sort());
    expect(staffCalls()).toEqual(expect.arrayContaining(['getHealth', 'getReviewList']));
    expect(Object.keys(STAFF_REQUEST_EXAMPLES).sort()).toEqual(Object.keys(STAFF_REQUESTS).sort());
  });

  it("through the core's dispatch, and never for a caller the shell could not name", async () => {
    const { kiosk, advance } = await kioskWithPin();
    await expectRefusals(
      {
        signIn: async (who) =>
          tokenOf(await kiosk.dispatch('staffSignIn', { pin: TEST_PIN }, { caller: who, token: undefined })),
        send: (call, request, who, token) => kiosk.dispatch(call, request, { caller: who, token }),
      },
      advance,
    );
    const token = tokenOf(await kiosk.dispatch('staffSignIn', { pin: TEST_PIN }, { caller: 'A', token: undefined }));
    for (const [call, request] of CASES)
      expect(await kiosk.dispatch(call, request, { caller: undefined, token })).toEqual(refused);
  });

  it('through the Electron IPC handler, bound to the sending window', async () => {
    const { kiosk, advance } = await kioskWithPin();
    const windowId: Record<Who, number> = { A: 1, B: 2 };
    const event = (who: Who) => ({ senderFrame: { url: 'app://kiosk/index.html' }, sender: { id: windowId[who] } });
    await expectRefusals(
      {
        signIn: async (who) => tokenOf(await createIpcHandler('staffSignIn', kiosk)(event(who), { pin: TEST_PIN })),
        send: (call, request, who, token) => createIpcHandler(call, kiosk)(event(who), request, token),
      },
      advance,
    );
  });

  it('over HTTP against the browser shell: 401 naming how to sign in, and never for a request without its page id', async () => {
    const { kiosk, advance } = await kioskWithPin();
    const rendererDir = tempDir('safecall-renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir });
    const port = await listen(server, 0);
    servers.push(server);
    const pageId: Record<Who, string> = { A: crypto.randomUUID(), B: crypto.randomUUID() };
    const post = async (call: CallName, body: unknown, page: string | undefined, token: string | undefined) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/${call}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(page && { [PAGE_ID_HEADER]: page }),
          ...(token && { [STAFF_TOKEN_HEADER]: token }),
        },
        body: JSON.stringify(body),
      });
      const envelope = httpEnvelope(response.status, await response.json());
      // Every refusal is a 401 that says how to authenticate; nothing else is.
      expect(response.status === 401).toBe(!envelope.ok && envelope.error.code === 'unauthorized');
      if (response.status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^SafeCall-Staff/);
      return envelope;
    };
    await expectRefusals(
      {
        signIn: async (who) => tokenOf(await post('staffSignIn', { pin: TEST_PIN }, pageId[who], undefined)),
        send: (call, request, who, token) => post(call, request, pageId[who], token),
      },
      advance,
    );
    const token = tokenOf(await post('staffSignIn', { pin: TEST_PIN }, pageId.A, undefined));
    for (const [call, request] of CASES) expect(await post(call, request, undefined, token)).toEqual(refused);
  });

  it("over HTTP, the pad's own answers: a wrong PIN is 401 with the tries left, a locked pad 429 with Retry-After", async () => {
    const { kiosk } = await kioskWithPin();
    const rendererDir = tempDir('safecall-renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir });
    const port = await listen(server, 0);
    servers.push(server);
    const page = crypto.randomUUID();
    const signIn = (pin: string) =>
      fetch(`http://127.0.0.1:${port}/api/staffSignIn`, {
        method: 'POST',
        headers: { [PAGE_ID_HEADER]: page },
        body: JSON.stringify({ pin }),
      });
    const wrong = await signIn('0000');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'wrong_pin', triesLeft: 4 });
    for (let i = 0; i < 3; i++) await signIn('0000');
    const locked = await signIn('0000');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('300');
    expect(await locked.json()).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 300 });
  });
});
