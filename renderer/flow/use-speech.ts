import { useCallback, useEffect, useState } from 'react';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { SpeechRate } from './journey.ts';

const RATE: Record<SpeechRate, number> = { slow: 0.75, normal: 1 };

/** The platform voice for a language, if the OS has one installed (Web Speech API). */
export function voiceFor(locale: Locale, voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const tag = LOCALE_INFO[locale].htmlLang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  // Chinese needs the right script: a Cantonese or Taiwanese voice for Traditional, Mandarin (CN) for Simplified.
  const preferred = locale === 'zh-Hant' ? ['zh-hk', 'zh-tw', 'yue'] : locale === 'zh-Hans' ? ['zh-cn'] : [tag, base];
  const lang = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  for (const p of preferred) {
    const match = voices.find((v) => lang(v) === p || lang(v).startsWith(`${p}-`));
    if (match) return match;
  }
  return locale.startsWith('zh') ? undefined : voices.find((v) => lang(v).split('-')[0] === base);
}

/** The OS's speech engine and its voices, kept up to date (voices often arrive after the page loads). */
function useVoices(): { synth: SpeechSynthesis | undefined; voices: SpeechSynthesisVoice[] } {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);
  return { synth, voices };
}

/** Which of these languages the OS can read aloud. */
export function useVoicedLocales(locales: Locale[]): Locale[] {
  const { voices } = useVoices();
  return locales.filter((l) => voiceFor(l, voices) !== undefined);
}

/**
 * Read aloud with the platform's voices. `available` is false where the OS has no voice for the
 * language: the button is then not shown at all, rather than reading Chinese with an English voice.
 */
export function useSpeech(locale: Locale, rate: SpeechRate) {
  const { synth, voices } = useVoices();
  const voice = voiceFor(locale, voices);

  const speak = useCallback(
    (text: string) => {
      if (!synth || !voice) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = RATE[rate];
      synth.speak(utterance);
    },
    [synth, voice, rate],
  );
  const stop = useCallback(() => synth?.cancel(), [synth]);
  return { available: voice !== undefined, speak, stop };
}

/** What is on screen now: the open dialog if there is one, else the main content, as a person reads it. */
export function screenText(doc: Document = document): string {
  const dialog = doc.querySelector<HTMLElement>('dialog[open]');
  const root = dialog ?? doc.querySelector<HTMLElement>('main');
  return root?.innerText.replace(/\s+\n/g, '\n').trim() ?? '';
}
