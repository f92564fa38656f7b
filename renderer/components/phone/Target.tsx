import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_INFO } from '../../../shared/locales.ts';
import type { ScreenRowView } from '../../../shared/phone-picture.ts';
import { WordRuleContext } from './words.tsx';

/** What the marker on the target says: "Turn off" / "Turn on" for a switch the step changes, else "Tap here". */
export function useTargetLabel(row?: Pick<ScreenRowView, 'kind' | 'value' | 'to'>): string {
  const { t } = useTranslation();
  if (row?.kind === 'switch' && row.to !== undefined && row.to !== row.value)
    return row.to === 'off' ? t('phone.turnOff') : t('phone.turnOn');
  return t('phone.tapHere');
}

/**
 * The marker's label, in the visitor's reading language and direction (an English phone in an Arabic
 * page still has an Arabic "tap here"). It sits on the ring's edge, beside the word, never over it, and
 * is real text, so a screen reader reads it with the picture.
 */
export function TargetTag({ label }: { label: string }) {
  const { locale } = useContext(WordRuleContext);
  return (
    // The outer box is placed in the phone's direction (its far side); the words inside run in the reader's.
    <span className="phone-target__tag phone__tap">
      <span lang={LOCALE_INFO[locale].htmlLang} dir={LOCALE_INFO[locale].dir}>
        {label}
      </span>
    </span>
  );
}
