import type { IpcMain, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupHeartbeatWatch } from '../../../electron/shell/heartbeat.ts';
import { HEARTBEAT_CHANNEL } from '../../../shared/heartbeat.ts';
import { fakeEvent, fakeWebContents } from './fakes.ts';

describe('heartbeat watch (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function watched() {
    const contents = fakeWebContents();
    const on = vi.fn();
    const silent = vi.fn();
    setupHeartbeatWatch({ on } as unknown as Pick<IpcMain, 'on'>, contents as unknown as WebContents, silent, 30_000);
    const [channel, listener] = (on.mock.calls[0] ?? []) as [string, (event: unknown) => void];
    const beat = (event: unknown = { sender: { id: contents.id }, senderFrame: { url: 'app://kiosk/index.html' } }) =>
      listener(event);
    const loaded = () => contents.emit('did-finish-load', fakeEvent());
    return { contents, channel, silent, beat, loaded };
  }

  it('listens on the heartbeat channel only', () => {
    expect(watched().channel).toBe(HEARTBEAT_CHANNEL);
  });

  it('reloads a page that finished loading and never beat, after thirty seconds and not before', () => {
    const { silent, loaded } = watched();
    loaded();
    vi.advanceTimersByTime(29_999);
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(silent).toHaveBeenCalledOnce();
  });

  it('leaves a page that keeps beating alone, and notices when it stops', () => {
    const { silent, beat, loaded } = watched();
    loaded();
    for (let i = 0; i < 60; i += 1) {
      vi.advanceTimersByTime(5_000);
      beat();
    }
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(silent).toHaveBeenCalledOnce();
  });

  it('does not watch before a load has finished', () => {
    const { silent, beat } = watched();
    beat();
    vi.advanceTimersByTime(10 * 60_000);
    expect(silent).not.toHaveBeenCalled();
  });

  it.each([
    [
      'another page on app://kiosk (the print window)',
      (id: number) => ({ sender: { id: id + 1000 }, senderFrame: { url: 'app://kiosk/print.html' } }),
    ],
    [
      'a remote frame in the kiosk window',
      (id: number) => ({ sender: { id }, senderFrame: { url: 'https://evil.example/' } }),
    ],
    ['a frame that is gone', (id: number) => ({ sender: { id }, senderFrame: null })],
  ])('does not count beats from %s', (_label, event) => {
    const { contents, silent, beat, loaded } = watched();
    loaded();
    for (let i = 0; i < 6; i += 1) {
      vi.advanceTimersByTime(5_000);
      beat(event(contents.id));
    }
    expect(silent).toHaveBeenCalledOnce();
  });

  it('leaves a dead renderer to crash recovery, and watches again after the next load', () => {
    const { contents, silent, loaded } = watched();
    loaded();
    contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });
    vi.advanceTimersByTime(60_000);
    expect(silent).not.toHaveBeenCalled();
    loaded();
    vi.advanceTimersByTime(30_000);
    expect(silent).toHaveBeenCalledOnce();
  });

  it('does not touch a window that was destroyed', () => {
    const { contents, silent, loaded } = watched();
    loaded();
    contents.isDestroyed.mockReturnValue(true);
    vi.advanceTimersByTime(30_000);
    expect(silent).not.toHaveBeenCalled();
  });
});
