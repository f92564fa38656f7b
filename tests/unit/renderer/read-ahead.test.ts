import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../renderer/api/read-ahead.ts';
import type { ReadKioskApi } from '../../../renderer/api/read-only-api.ts';

/** A read-only door that only notes what it is asked. */
function notingReads() {
  const asked: unknown[] = [];
  const note = (call: string) => (request: unknown) => {
    asked.push({ call, request });
    return Promise.resolve(null);
  };
  const read = {
    getQuestions: note('getQuestions'),
    listTutorials: note('listTutorials'),
    openTutorial: note('openTutorial'),
  };
  return { read: read as unknown as ReadKioskApi, asked };
}

describe('what a screen shows, read ahead of a change of language', () => {
  it('reads, in the language to come, the content each screen draws, and no visit', () => {
    const cases = [
      [{ screen: 'question', tutorialId: null }, [{ call: 'getQuestions', request: { locale: 'ar' } }]],
      [{ screen: 'findPhone', tutorialId: null }, [{ call: 'getQuestions', request: { locale: 'ar' } }]],
      [
        { screen: 'plan', tutorialId: null },
        [
          { call: 'listTutorials', request: { locale: 'ar' } },
          { call: 'getQuestions', request: { locale: 'ar' } },
        ],
      ],
      [{ screen: 'done', tutorialId: null }, [{ call: 'listTutorials', request: { locale: 'ar' } }]],
      [{ screen: 'browse', tutorialId: null }, [{ call: 'listTutorials', request: { locale: 'ar' } }]],
      [
        { screen: 'tutorial', tutorialId: 'iphone-turn-off-facetime' },
        [{ call: 'openTutorial', request: { tutorialId: 'iphone-turn-off-facetime', locale: 'ar' } }],
      ],
      [{ screen: 'checklist', tutorialId: null }, []],
    ] as const;
    for (const [screen, expected] of cases) {
      const { read, asked } = notingReads();
      const reads = contentOf(read, screen, 'ar');
      expect(reads).toHaveLength(expected.length);
      // Nothing is asked until a read's turn comes (useReadAhead starts each in an idle moment).
      expect(asked).toEqual([]);
      for (const start of reads) void start();
      expect(asked, screen.screen).toEqual(expected);
    }
  });
});
