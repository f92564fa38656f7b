import { useEffect, useState } from 'react';
import type { Locale } from '../../shared/locales.ts';

/**
 * Before a visitor has chosen a language, the kiosk's own words turn through the enabled languages
 * (as the lobby screen does), so "Someone is calling me now" can be found in any of them. Once a
 * language is chosen, it stays.
 */
export function useCyclingLocale(fixed: Locale | null, cycle: Locale[], ms = 3000): Locale {
  const [index, setIndex] = useState(0);
  const cycling = fixed === null && cycle.length > 1;
  useEffect(() => {
    if (!cycling) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % cycle.length), ms);
    return () => clearInterval(timer);
  }, [cycling, cycle.length, ms]);
  return fixed ?? cycle[index % cycle.length] ?? 'en';
}
