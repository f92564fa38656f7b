import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNewsEmitter } from '../../../electron/core/news/news-emitter.ts';
import { callerOf } from '../../../electron/shell/ipc.ts';
import { setupNewsForwarding } from '../../../electron/shell/news.ts';
import { NEWS_CHANNEL } from '../../../shared/news-names.ts';
import { fakePrintContents, fakeWebContents } from './fakes.ts';

afterEach(() => vi.restoreAllMocks());

function kioskWindow() {
  const news = createNewsEmitter(() => {});
  const contents = fakeWebContents();
  setupNewsForwarding({ news }, contents);
  return { news, contents };
}

describe("the core's news in the Electron shell", () => {
  it('reaches the kiosk page on the one news channel, name and payload', () => {
    const { news, contents } = kioskWindow();
    news.emit('printerStatus', { state: 'no_paper' });
    news.emit('staffSessionEnded', { reason: 'expired' });
    expect(contents.send.mock.calls).toEqual([
      [NEWS_CHANNEL, { name: 'printerStatus', payload: { state: 'no_paper' } }],
      [NEWS_CHANNEL, { name: 'staffSessionEnded', payload: { reason: 'expired' } }],
    ]);
  });

  it('goes to the kiosk window only, never to the print window that shares its preload', () => {
    const { news, contents } = kioskWindow();
    const printWindow = fakePrintContents();
    news.emit('backup', { status: 'written', reason: 'daily', day: '2026-12-06' });
    expect(contents.send).toHaveBeenCalledOnce();
    expect(printWindow.send).not.toHaveBeenCalled();
  });

  it('sends news for one window (its staff session ended) to that window only', () => {
    const news = createNewsEmitter(() => {});
    const first = fakeWebContents();
    const second = fakeWebContents();
    setupNewsForwarding({ news }, first);
    setupNewsForwarding({ news }, second);
    news.emitTo(`window:${second.id}`, 'staffSessionEnded', { reason: 'expired' });
    expect(first.send).not.toHaveBeenCalled();
    expect(second.send.mock.calls).toEqual([
      [NEWS_CHANNEL, { name: 'staffSessionEnded', payload: { reason: 'expired' } }],
    ]);
    // The window is named as its calls are (ipc.ts): a session it signed in is ended to it.
    expect(callerOf({ senderFrame: null, sender: second }, undefined).caller).toBe(`window:${second.id}`);
  });

  it('is not sent to a page that is not the kiosk', () => {
    const { news, contents } = kioskWindow();
    contents.getURL.mockReturnValue('https://evil.example/');
    news.emit('printerStatus', { state: 'ready' });
    contents.getURL.mockReturnValue('app://kiosk.evil.example/index.html');
    news.emit('printerStatus', { state: 'ready' });
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('leaves no listener in the core once the window is gone', () => {
    const { news, contents } = kioskWindow();
    expect(news.listenerCount()).toBe(1);
    contents.isDestroyed.mockReturnValue(true);
    news.emit('printerStatus', { state: 'ready' });
    expect(contents.send).not.toHaveBeenCalled();
    contents.emit('destroyed');
    expect(news.listenerCount()).toBe(0);
  });

  it('loses the news, not the core, when a crashed page cannot take it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { news, contents } = kioskWindow();
    const second = vi.fn();
    news.subscribe(second);
    contents.send.mockImplementation(() => {
      throw new Error('Render frame was disposed');
    });
    expect(() => news.emit('printerStatus', { state: 'offline' })).not.toThrow();
    expect(second).toHaveBeenCalledOnce();
    expect(console.warn).toHaveBeenCalledWith(
      'SafeCall news: "printerStatus" could not reach the kiosk page',
      expect.any(Error),
    );
  });
});
