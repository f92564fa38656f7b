import type { KioskApi } from '../../shared/api.ts';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import { stringsIn, warmFonts } from '../flow/font-warming.ts';
import { whenIdle } from '../flow/when-idle.ts';

/** The content calls whose answers are text in the request's language: questions, the guides, one guide. */
const CONTENT_CALLS = ['getQuestions', 'listTutorials', 'openTutorial'] as const;

/**
 * The core's door, with one addition: an answer that is content in a language (the questions, the guides'
 * list, a whole guide) starts loading the font files its characters need as it arrives (font-warming.ts).
 * A guide's answer holds all its steps, so by the time the visitor taps "Next" the next step's characters
 * are loaded, instead of one more file being fetched and decoded after the tap. The answer itself is handed
 * on untouched and at once: nothing waits for the fonts.
 */
export function warmingFonts(api: KioskApi, warm: typeof warmFonts = warmFonts): KioskApi {
  const wrapped: KioskApi = { ...api };
  for (const call of CONTENT_CALLS) {
    const original = api[call] as (request: { locale: Locale }) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[call] = async (request: { locale: Locale }) => {
      const answer = await original(request);
      // After the screen that shows the answer is drawn: warming reads the style sheet, which is that
      // frame's work to do first.
      whenIdle(() => void warm(LOCALE_INFO[request.locale].htmlLang, stringsIn(answer)), 500);
      return answer;
    };
  }
  return wrapped;
}
