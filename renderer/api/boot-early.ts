import { sendEarly } from './early-calls.ts';
import { httpSend } from './http-send.ts';
import { pageId } from './page-id.ts';

/**
 * Imported first by the kiosk page (main.tsx), for its side effect: the two reads the page boots on (App.tsx,
 * readSettings) go out now, while the rest of the page's code is evaluated, rather than after React's first
 * render (issue 18: a round trip off the cold start). The client takes their answers and checks them as usual.
 */
for (const call of ['listLocales', 'getSettings'] as const) {
  const bridge = window.kiosk;
  sendEarly(call, bridge ? () => bridge[call]({}) : () => httpSend((...args) => fetch(...args), pageId(), call, {}));
}
