import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connectToKiosk } from './api/kiosk-client.ts';
import { KioskProvider } from './api/kiosk-context.tsx';
import { createI18n } from './i18n/i18n.ts';

/** Both pages (the kiosk and the print layout) start the same way: strings, the core's door, then the page. */
export function mount(page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n()}>
        <KioskProvider api={connectToKiosk()}>{page}</KioskProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
