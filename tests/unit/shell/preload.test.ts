import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, ipcChannel } from '../../../shared/api.ts';
import { HEARTBEAT_CHANNEL } from '../../../shared/heartbeat.ts';
import { NEWS_CHANNEL } from '../../../shared/news-names.ts';

// preload.ts imports 'electron' at top level; the real module would try to download Electron.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload.ts');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(name).toBe('kiosk');
  exposed = api;
});

describe('preload bridge', () => {
  it('exposes exactly one function per contract call, the heartbeat, the news subscription, and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...CALL_NAMES, 'heartbeat', 'on'].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel and hands back the envelope untouched', async () => {
    for (const call of CALL_NAMES) {
      const envelope = { ok: true, value: { call } };
      electron.ipcRenderer.invoke.mockResolvedValueOnce(envelope);
      const request = { probe: call };
      await expect((exposed[call] as (r: unknown) => Promise<unknown>)(request)).resolves.toBe(envelope);
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannel(call), request, undefined);
    }
  });

  it('passes the staff token beside the request, never inside it', async () => {
    const token = 'T'.repeat(43);
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: {} });
    await (exposed.getHealth as (r: unknown, t: string) => Promise<unknown>)({}, token);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannel('getHealth'), {}, token);
  });

  it('never hands the page ipcRenderer, and listens to nothing until the page subscribes to news', () => {
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('beats on the heartbeat channel only, with nothing from the page attached', () => {
    (exposed.heartbeat as (...args: unknown[]) => unknown)('anything the page passes');
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(HEARTBEAT_CHANNEL);
  });

  it("hands a news listener the payload of its own news only, never Electron's event, until it unsubscribes", () => {
    const on = exposed.on as (name: string, listener: (payload: unknown) => void) => () => void;
    const printer = vi.fn();
    const unsubscribe = on('printerStatus', printer);
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [string, (...args: unknown[]) => void];
    expect(channel).toBe(NEWS_CHANNEL);
    const event = { sender: electron.ipcRenderer, senderId: 0 };
    forward(event, { name: 'printerStatus', payload: { state: 'no_paper' } });
    forward(event, { name: 'backup', payload: { status: 'failed', reason: 'daily', diskFull: false } });
    forward(event, undefined);
    expect(printer.mock.calls).toEqual([[{ state: 'no_paper' }]]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(NEWS_CHANNEL, forward);
  });

  it('refuses a subscription to news that does not exist, or without a function to call', () => {
    const on = exposed.on as (name: unknown, listener: unknown) => unknown;
    electron.ipcRenderer.on.mockClear();
    expect(() => on('kiosk:getHealth', () => {})).toThrow(TypeError);
    expect(() => on('printerStatus', 'not a function')).toThrow(TypeError);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
