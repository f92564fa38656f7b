import { describe, expect, it, vi } from 'vitest';
import { cachingContent } from '../../../renderer/api/content-cache.ts';
import { createKioskClient } from '../../../renderer/api/kiosk-client.ts';
import { settledValue } from '../../../renderer/api/settled.ts';
import type { CallName, CallRequest, KioskApi } from '../../../shared/api.ts';

/** The renderer's real client over a core that counts what it is asked; `failing` calls fail once each. */
function countingCore(failing: CallName[] = []) {
  const asked: string[] = [];
  const failOnce = new Set(failing);
  const api = createKioskClient(async (call, request) => {
    const locale = (request as { locale?: string } | undefined)?.locale ?? 'en';
    asked.push(`${call}:${locale}`);
    if (failOnce.delete(call)) return { ok: false, error: { code: 'internal', message: 'the core stumbled' } };
    if (call === 'getQuestions') return { ok: true, value: { locale, questions: [] } };
    if (call === 'listTutorials') return { ok: true, value: { locale, tutorials: [] } };
    if (call === 'startVisit') return { ok: true, value: { visitId: VISIT } };
    return { ok: true, value: { recorded: true } };
  });
  return { api: cachingContent(api), asked };
}

const VISIT = '6f1c7d3e-2b4a-4c8e-9f10-1a2b3c4d5e6f';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the content a visit reads, kept for that visit', () => {
  it('asks the core once per language for the questions and the guides, however many screens show them', async () => {
    const { api, asked } = countingCore();
    for (let screen = 0; screen < 3; screen++) {
      await api.getQuestions({ locale: 'zh-Hant' });
      await api.listTutorials({ locale: 'zh-Hant' });
    }
    await api.getQuestions({ locale: 'ar' });
    expect(asked).toEqual(['getQuestions:zh-Hant', 'listTutorials:zh-Hant', 'getQuestions:ar']);
  });

  it('forgets them when the next visit starts, and reads the new visitor’s language ahead', async () => {
    const { api, asked } = countingCore();
    await api.getQuestions({ locale: 'en' });
    await api.startVisit({ locale: 'ko', assisted: false });
    await settle();
    await api.getQuestions({ locale: 'ko' });
    await api.getQuestions({ locale: 'en' });
    expect(asked).toEqual([
      'getQuestions:en',
      'startVisit:ko',
      'getQuestions:ko',
      'listTutorials:ko',
      'getQuestions:en',
    ]);
  });

  it('keeps no failed read: the screen’s retry asks the core again', async () => {
    const { api, asked } = countingCore(['getQuestions']);
    await expect(api.getQuestions({ locale: 'vi' })).rejects.toThrow('the core stumbled');
    await settle();
    await expect(api.getQuestions({ locale: 'vi' })).resolves.toEqual({ locale: 'vi', questions: [] });
    expect(asked).toEqual(['getQuestions:vi', 'getQuestions:vi']);
  });

  it('passes every other call straight through, each time', async () => {
    const { api, asked } = countingCore();
    const event = { visitId: VISIT, kind: 'visit_reset' } as const;
    await api.recordEvent(event);
    await api.recordEvent(event);
    expect(asked).toEqual(['recordEvent:en', 'recordEvent:en']);
  });
});

/**
 * A core that opens guides (a marker in place of the guide: the cache never looks inside it); `failing`:
 * the next read without a visit fails, `logRefused`: every open for a visit fails.
 */
function guideCore({ failing = false, logRefused = false } = {}) {
  const asked: string[] = [];
  let failNext = failing;
  const openTutorial = (request: CallRequest<'openTutorial'>) => {
    const { tutorialId, locale, visitId } = request;
    asked.push(`openTutorial:${locale}:${tutorialId}${visitId ? ':for the visit' : ''}`);
    if (visitId ? logRefused : failNext) {
      failNext = false;
      return Promise.reject(new Error('the core stumbled'));
    }
    return Promise.resolve({ tutorial: `${tutorialId} in ${locale}`, variant: 'v' });
  };
  return { api: cachingContent({ openTutorial } as unknown as KioskApi), asked };
}

describe('a guide, kept for the visit', () => {
  it('answers a guide opened for the visit from the guide read ahead, and sends the open for its log only after the tap', async () => {
    const { api, asked } = guideCore();
    await api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'ko' });
    const opened = await api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'ko', visitId: VISIT });
    expect(opened).toEqual({ tutorial: 'iphone-facetime in ko', variant: 'v' });
    // Not inside the tap that opened the guide: once the page is idle (here, a timer).
    expect(asked).toEqual(['openTutorial:ko:iphone-facetime']);
    await settle();
    expect(asked).toEqual(['openTutorial:ko:iphone-facetime', 'openTutorial:ko:iphone-facetime:for the visit']);
  });

  it('hands a guide read ahead, once it has arrived, back already settled: the screen draws it in the tap’s frame', async () => {
    const { api } = guideCore();
    const ahead = api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'zh-Hant' });
    // Still on its way: the open for the visit waits for it, as before.
    expect(
      settledValue(api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'zh-Hant', visitId: VISIT })),
    ).toBeNull();
    await ahead;
    await settle();
    expect(
      settledValue(api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'zh-Hant', visitId: VISIT })),
    ).toEqual({
      value: { tutorial: 'iphone-facetime in zh-Hant', variant: 'v' },
    });
    expect(settledValue(api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'zh-Hant' }))).not.toBeNull();
  });

  it('does not wait for the visit’s open when the guide was read ahead, and only warns when its log fails', async () => {
    const { api } = guideCore({ logRefused: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await api.openTutorial({ tutorialId: 'whatsapp-calls', locale: 'ar' });
    await expect(api.openTutorial({ tutorialId: 'whatsapp-calls', locale: 'ar', visitId: VISIT })).resolves.toEqual({
      tutorial: 'whatsapp-calls in ar',
      variant: 'v',
    });
    await settle();
    expect(warn).toHaveBeenCalledWith('SafeCall: tutorial_opened not recorded', expect.any(Error));
    warn.mockRestore();
  });

  it('waits for the core when the guide was not read ahead, and keeps its answer for the next open', async () => {
    const { api, asked } = guideCore();
    await api.openTutorial({ tutorialId: 'wechat-privacy', locale: 'zh-Hans', visitId: VISIT });
    await api.openTutorial({ tutorialId: 'wechat-privacy', locale: 'zh-Hans' });
    await api.openTutorial({ tutorialId: 'wechat-privacy', locale: 'en' });
    expect(asked).toEqual(['openTutorial:zh-Hans:wechat-privacy:for the visit', 'openTutorial:en:wechat-privacy']);
  });

  it('gives the visitor the core’s answer when the read ahead failed', async () => {
    const late = guideCore({ failing: true });
    const ahead = late.api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'vi' });
    const opened = late.api.openTutorial({ tutorialId: 'iphone-facetime', locale: 'vi', visitId: VISIT });
    await expect(ahead).rejects.toThrow('the core stumbled');
    await expect(opened).resolves.toEqual({ tutorial: 'iphone-facetime in vi', variant: 'v' });
  });
});
