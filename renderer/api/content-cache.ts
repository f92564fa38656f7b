import type { CallRequest, KioskApi } from '../../shared/api.ts';

/** The reads that are content, the same for every visitor: the questions and the guides' list, per language. */
const CACHED = ['getQuestions', 'listTutorials'] as const;
type Cached = (typeof CACHED)[number];

/**
 * The core's door, keeping the content reads of one visit (issue 18). Without it, every screen asked the
 * core again after the tap that opened it: the questions and the guides' list on the plan, again on coming
 * back from each guide, and on the last screen. Kept for the visit only: a new visit (startVisit) forgets
 * them, so a content update staff install shows from the next visitor on. Nothing of a visitor is kept: these
 * answers are content, asked by language alone; the plan, a guide opened for a visit and every write pass
 * straight through.
 *
 * When a visit starts, its language is known: its questions and guides' list are read at once, while the
 * visitor answers the next screen, so the first question and the plan find them here.
 */
export function cachingContent(api: KioskApi): KioskApi {
  let kept = new Map<string, Promise<unknown>>();
  const read = <C extends Cached>(call: C, request: CallRequest<C>): ReturnType<KioskApi[C]> => {
    const key = `${call}:${request.locale}`;
    let answer = kept.get(key);
    if (!answer) {
      const asked = (api[call] as (r: CallRequest<C>) => Promise<unknown>)(request);
      kept.set(key, asked);
      // A failed read is not kept: the screen's retry asks the core again.
      asked.catch(() => kept.get(key) === asked && kept.delete(key));
      answer = asked;
    }
    return answer as ReturnType<KioskApi[C]>;
  };
  return {
    ...api,
    getQuestions: (request) => read('getQuestions', request),
    listTutorials: (request) => read('listTutorials', request),
    startVisit: async (request) => {
      kept = new Map();
      const started = await api.startVisit(request);
      const { locale } = request;
      if (locale) {
        // Read ahead; a failure here is met again, and shown, by the screen that needs the answer.
        for (const call of CACHED) read(call, { locale }).catch(() => {});
      }
      return started;
    },
  };
}
