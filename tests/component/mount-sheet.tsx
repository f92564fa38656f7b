import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import { applyDocumentLanguage, createI18n } from '../../renderer/i18n/i18n.ts';
import { FittedSheet } from '../../renderer/print/FittedSheet.tsx';
import type { Fit } from '../../renderer/print/fit-sheet.ts';
import type { ChecklistView } from '../../shared/checklist-schema.ts';
// The print page's stylesheets and nothing else (renderer/print/main.tsx): not the kiosk's app.css,
// whose rules would change the sheet's layout and so the fit.
import '../../renderer/styles/fonts.css';
import '../../renderer/print/print.css';

let root: Root | null = null;
let container: HTMLElement | null = null;

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = null;
  container = null;
});

export interface MountedSheet {
  /** What the fit step chose: body size, squeezing, and the pages it predicts. */
  fit: Fit;
  /** The sheet, drawn at the chosen size and level. */
  sheet: HTMLElement;
}

/**
 * Draws a sheet as the print page does (renderer/print/PrintPage.tsx: the document in the visitor's
 * language, the sheet on its paper, fitted), and resolves once the fit step has chosen and the sheet
 * is drawn at its choice with its fonts in. Unmounted after the test.
 */
export async function mountSheet(view: ChecklistView): Promise<MountedSheet> {
  const lang = view.texts[0]?.locale ?? 'en';
  const i18n = createI18n();
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
  document.body.className = 'print-page';
  container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
  const mounted = createRoot(container);
  root = mounted;
  const fit = await new Promise<Fit>((resolve) =>
    mounted.render(
      <I18nextProvider i18n={i18n}>
        <FittedSheet view={view} onFit={resolve} />
      </I18nextProvider>,
    ),
  );
  await document.fonts.ready;
  const sheet = container.querySelector<HTMLElement>('.sheet');
  if (!sheet) throw new Error('no sheet drawn');
  return { fit, sheet };
}
