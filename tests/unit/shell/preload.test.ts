import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, ipcChannel } from '../../../shared/api.ts';
import { HEARTBEAT_CHANNEL } from '../../../shared/heartbeat.ts';

// preload.ts imports 'electron' at top level; the real module would try to download Electron.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), send: vi.fn() },
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
  it('exposes exactly one function per contract call, the heartbeat, and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...CALL_NAMES, 'heartbeat'].sort());
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

  it('never hands the page ipcRenderer or its listeners', () => {
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('beats on the heartbeat channel only, with nothing from the page attached', () => {
    (exposed.heartbeat as (...args: unknown[]) => unknown)('anything the page passes');
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(HEARTBEAT_CHANNEL);
  });
});
