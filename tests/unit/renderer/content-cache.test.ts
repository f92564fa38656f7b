import { describe, expect, it } from 'vitest';
import { cachingContent } from '../../../renderer/api/content-cache.ts';
import { createKioskClient } from '../../../renderer/api/kiosk-client.ts';
import type { CallName } from '../../../shared/api.ts';

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
