import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { PhoneScreen } from '../../../renderer/components/PhoneScreen.tsx';
import { createI18n } from '../../../renderer/i18n/i18n.ts';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { PICTURES, wordsFor } from '../../support/phone-pictures.ts';

/**
 * The visual regression fixture: every picture of pictures.ts on one page, each in its reading
 * language's page direction (an Arabic page around an English phone), for phone-pictures.e2e.ts to
 * photograph one by one. Built by the test itself (build.ts), never shipped; the kiosk's stylesheet
 * and fonts are linked from its own build.
 */
const i18ns = new Map<Locale, ReturnType<typeof createI18n>>();
function i18nFor(locale: Locale) {
  let i18n = i18ns.get(locale);
  if (!i18n) {
    i18n = createI18n(false);
    void i18n.changeLanguage(locale);
    i18ns.set(locale, i18n);
  }
  return i18n;
}

createRoot(document.getElementById('root')!).render(
  <main style={{ display: 'flex', flexWrap: 'wrap', gap: 24, padding: 24, alignItems: 'flex-start' }}>
    {PICTURES.map((p) => (
      <section
        key={p.name}
        data-shot={p.name}
        lang={LOCALE_INFO[p.reading].htmlLang}
        dir={LOCALE_INFO[p.reading].dir}
        style={{ padding: 8, background: 'var(--page)' }}
      >
        <I18nextProvider i18n={i18nFor(p.reading)}>
          <PhoneScreen
            screen={p.screen}
            words={wordsFor(p.reading)}
            phoneLocale={p.phone}
            locale={p.reading}
            variant={p.variant}
            visitorPhone={p.visitorPhone}
          />
        </I18nextProvider>
      </section>
    ))}
  </main>,
);
document.body.dataset.ready = 'true';
