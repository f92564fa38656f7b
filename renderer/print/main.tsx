import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connectToKiosk } from '../api/kiosk-client.ts';
import { KioskProvider } from '../api/kiosk-context.tsx';
import { createI18n } from '../i18n/i18n.ts';
import { PrintPage } from './PrintPage.tsx';
import '../styles/fonts.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('print.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <KioskProvider api={connectToKiosk()}>
        <PrintPage />
      </KioskProvider>
    </I18nextProvider>
  </StrictMode>,
);
