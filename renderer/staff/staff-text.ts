import { useTranslation } from 'react-i18next';

/**
 * Staff screens speak the staff language, English, whatever language the visitor chose: the keys are
 * the typed UI keys (`staff.*`), always read from the English table.
 */
export function useStaffText() {
  const { i18n } = useTranslation();
  return i18n.getFixedT('en');
}

/** The attributes a staff screen's root carries, so screen readers and fonts treat it as English. */
export const STAFF_LANG = { lang: 'en', dir: 'ltr' } as const;
