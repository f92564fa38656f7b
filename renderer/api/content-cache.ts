import type { CallRequest, KioskApi } from '../../shared/api.ts';
import { whenIdle } from '../flow/when-idle.ts';
import { markSettled, settled, settledValue } from './settled.ts';

/** The reads that are content, the same for every visitor: the questions, the guides' list and a guide, per language. */
type Cached = 'getQuestions' | 'listTutorials' | 'openTutorial';

const keyOf = <C extends Cached>(call: C, request: CallRequest<C>): string =>
  call === 'openTutorial'
    ? `${call}:${request.locale}:${(request as CallRequest<'openTutorial'>).tutorialId}:${(request as CallRequest<'openTutorial'>).variant ?? ''}`
    : `${call}:${request.locale}`;

/**
 * The core's door, keeping the content reads of one visit (issue 18). Without it, every screen asked the
 * core again after the tap that opened it: the questions and the guides' list on the plan, again on coming
 * back from each guide, and on the last screen. Kept for the visit only: a new visit (startVisit) forgets
 * them, so a content update staff install shows from the next visitor on. Nothing of a visitor is kept: these
 * answers are content, asked by language alone; the plan and every write pass straight through.
 *
 * When a visit starts, its language is known: its questions and guides' list are read at once, while the
 * visitor answers the next screen, so the first question and the plan find them here.
 *
 * A guide opened for the visit (`openTutorial` with a visit id, which the core logs as tutorial_opened) is
 * the same content as the guide read without one: when it was read ahead (the plan's guides, the open guide
 * in another language: read-ahead.ts), the screen gets it from here at once, and the call still goes to the
 * core for its log line, on the side, like any visit event: a log that cannot be written is staff's
 * problem, never the visitor's. A guide not read ahead waits for the core, as before, and is kept.
 */
export function cachingContent(api: KioskApi): KioskApi {
  let kept = new Map<string, Promise<unknown>>();
  const keep = (key: string, asked: Promise<unknown>) => {
    // Marked when it arrives, so a screen that finds it here draws it at once (settled.ts).
    kept.set(key, markSettled(asked));
    // A failed read is not kept: the screen's retry asks the core again.
    asked.catch(() => kept.get(key) === asked && kept.delete(key));
    return asked;
  };
  const read = <C extends Cached>(call: C, request: CallRequest<C>): ReturnType<KioskApi[C]> => {
    const key = keyOf(call, request);
    const answer = kept.get(key) ?? keep(key, (api[call] as (r: CallRequest<C>) => Promise<unknown>)(request));
    return answer as ReturnType<KioskApi[C]>;
  };
  return {
    ...api,
    getQuestions: (request) => read('getQuestions', request),
    listTutorials: (request) => read('listTutorials', request),
    openTutorial: (request) => {
      const { visitId, ...content } = request;
      if (visitId === undefined) return read('openTutorial', content);
      const key = keyOf('openTutorial', content);
      const known = kept.get(key) as ReturnType<KioskApi['openTutorial']> | undefined;
      if (!known) return keep(key, api.openTutorial(request)) as ReturnType<KioskApi['openTutorial']>;
      // Read ahead: the guide shows from here, and the call for its log line goes once the page is idle, as
      // visit events do (flow/log-event.ts), not inside the tap that opened it. Only if the read ahead
      // failed does the screen wait for this call's answer, the core's own.
      const opened = new Promise<Awaited<ReturnType<KioskApi['openTutorial']>>>((resolve, reject) =>
        whenIdle(() => void api.openTutorial(request).then(resolve, reject), 1000),
      );
      opened.catch((error: unknown) => console.warn('SafeCall: tutorial_opened not recorded', error));
      // Arrived already: handed on marked, so the guide is drawn in the frame of the tap that opened it.
      const arrived = settledValue(known);
      return (arrived ? settled(arrived.value) : known.catch(() => opened)) as ReturnType<KioskApi['openTutorial']>;
    },
    startVisit: async (request) => {
      kept = new Map();
      const started = await api.startVisit(request);
      const { locale } = request;
      if (locale) {
        // Read ahead; a failure here is met again, and shown, by the screen that needs the answer.
        read('getQuestions', { locale }).catch(() => {});
        read('listTutorials', { locale }).catch(() => {});
      }
      return started;
    },
  };
}
