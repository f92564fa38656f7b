import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, ipcChannel, type ResultEnvelope } from '../../../shared/api.ts';
import { createIpcHandler, isTrustedSender, setupIpc } from '../../../electron/shell/ipc.ts';

const answer: ResultEnvelope = { ok: true, value: { locales: [] } };

function setup() {
  const dispatch = vi.fn(async (): Promise<ResultEnvelope> => answer);
  const handle = vi.fn();
  setupIpc({ handle }, { dispatch });
  const handlerFor = (channel: string) => {
    const registration = handle.mock.calls.find(([registered]) => registered === channel);
    if (!registration) throw new Error(`no handler on ${channel}`);
    return registration[1] as (event: unknown, payload: unknown, staffToken?: unknown) => Promise<ResultEnvelope>;
  };
  return { dispatch, handle, handlerFor };
}

const fromFrame = (url: string, windowId = 1) => ({ senderFrame: { url }, sender: { id: windowId } });

describe('IPC adapter', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers exactly one handler per contract call and nothing else', () => {
    const { handle } = setup();
    const channels = handle.mock.calls.map(([channel]) => channel);
    expect(channels).toEqual(CALL_NAMES.map(ipcChannel));
    expect(new Set(channels).size).toBe(CALL_NAMES.length);
  });

  it('passes a call from the kiosk page to the core and returns its envelope untouched', async () => {
    const { dispatch, handlerFor } = setup();
    const payload = { locale: 'en' };
    const result = await handlerFor(ipcChannel('listTutorials'))(fromFrame('app://kiosk/index.html'), payload);
    expect(result).toBe(answer);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('listTutorials', payload, {
      caller: 'window:1',
      token: undefined,
    });
  });

  it.each([
    ['a remote page', fromFrame('https://evil.example/')],
    ['a file:// page', fromFrame('file:///opt/safecall/dist/renderer/index.html')],
    ['a look-alike host', fromFrame('app://kiosk.evil.example/index.html')],
    ['credentials before the host', fromFrame('app://kiosk@evil.example/')],
    ['a frame that is gone (null senderFrame)', { senderFrame: null, sender: { id: 1 } }],
    [
      'a frame whose URL cannot be read',
      {
        sender: { id: 1 },
        get senderFrame(): never {
          throw new Error('frame destroyed');
        },
      },
    ],
  ])('answers forbidden to %s without calling the core', async (_label, event) => {
    const { dispatch, handlerFor } = setup();
    for (const call of CALL_NAMES) {
      const result = await handlerFor(ipcChannel(call))(event, {});
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('names the sending window as the caller and passes a well-formed staff token beside the request', async () => {
    const { dispatch, handlerFor } = setup();
    const token = 'Z'.repeat(43);
    await handlerFor(ipcChannel('getHealth'))(fromFrame('app://kiosk/index.html', 7), {}, token);
    expect(dispatch).toHaveBeenLastCalledWith('getHealth', {}, { caller: 'window:7', token });
    // Anything else in the token's place is no token at all: the call is then a visitor's.
    for (const junk of ['short', { token }, 'Z'.repeat(44), 42]) {
      await handlerFor(ipcChannel('getHealth'))(fromFrame('app://kiosk/index.html', 7), {}, junk);
      expect(dispatch).toHaveBeenLastCalledWith('getHealth', {}, { caller: 'window:7', token: undefined });
    }
  });

  it('turns a core that breaks its never-throw promise into an internal error envelope', async () => {
    const handler = createIpcHandler('getSettings', { dispatch: async () => Promise.reject(new Error('boom')) });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(handler(fromFrame('app://kiosk/'), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logged).toHaveBeenCalled();
  });

  it('trusts only app://kiosk, compared by parts rather than by prefix', () => {
    expect(isTrustedSender(fromFrame('app://kiosk/index.html'))).toBe(true);
    expect(isTrustedSender(fromFrame('app://kiosk/print.html?x=1'))).toBe(true);
    expect(isTrustedSender(fromFrame('app://kiosks/index.html'))).toBe(false);
    expect(isTrustedSender(fromFrame('http://kiosk/index.html'))).toBe(false);
    expect(isTrustedSender(fromFrame(''))).toBe(false);
    expect(isTrustedSender(fromFrame('not a url'))).toBe(false);
  });
});
