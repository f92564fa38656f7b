import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO, type Locale } from '../../shared/locales.ts';
import type { ReadKioskApi } from '../api/read-only-api.ts';
import { useCall, type CallState } from '../api/use-call.ts';
import { settled } from '../api/settled.ts';

/**
 * What an assisted visit adds to the visitor's screens (the journey's `assisted` and `staffEnglish`),
 * handed down through context so the visitor's screens need no extra props: outside an assisted visit
 * both are false and the screens draw exactly as for a visitor alone.
 */
export interface AssistView {
  assisted: boolean;
  /** "Show in English for staff" is on. */
  english: boolean;
}

const AssistContext = createContext<AssistView>({ assisted: false, english: false });

export function AssistProvider({ value, children }: { value: AssistView; children: ReactNode }) {
  return <AssistContext.Provider value={value}>{children}</AssistContext.Provider>;
}

export const useAssist = (): AssistView => useContext(AssistContext);

/** Whether English goes under the visitor's text: the toggle is on and the visitor's text is not English already. */
export function useStaffEnglish(): boolean {
  const { english } = useAssist();
  const { i18n } = useTranslation();
  return english && i18n.language !== 'en';
}

/** UI strings in English for the lines under the visitor's text. */
export function useEnglishT() {
  const { i18n } = useTranslation();
  return i18n.getFixedT('en');
}

/**
 * The English view of some content, fetched only while English is shown under it; the call reads
 * only (no visit id), so staff looking in English leave nothing in the visit log.
 */
export function useEnglishContent<T>(key: string, run: (read: ReadKioskApi) => Promise<T>): T | null {
  const on = useStaffEnglish();
  const state: CallState<T | null> = useCall(on ? `en:${key}` : 'en:off', on ? run : () => settled(null));
  return state.status === 'ready' ? state.data : null;
}

/**
 * One line of English under the visitor's text: marked English, left to right, and visually secondary.
 * Nothing when English is not shown or there is no English text.
 */
export function InEnglish({ text, block = false }: { text: string | undefined | null; block?: boolean }) {
  const on = useStaffEnglish();
  if (!on || !text) return null;
  const Tag = block ? 'p' : 'span';
  return (
    <Tag className="in-english" lang="en" dir="ltr">
      {text}
    </Tag>
  );
}

/** `lang` and `dir` for text in `locale`. */
export const langOf = (locale: Locale) => ({ lang: LOCALE_INFO[locale].htmlLang, dir: LOCALE_INFO[locale].dir });
