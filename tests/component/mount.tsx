import { useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import { KioskProvider } from '../../renderer/api/kiosk-context.tsx';
import { MoreBelow } from '../../renderer/components/MoreBelow.tsx';
import { TopBar } from '../../renderer/components/TopBar.tsx';
import { useFootClearance } from '../../renderer/flow/use-foot-clearance.ts';
import { applyDocumentLanguage, createI18n } from '../../renderer/i18n/i18n.ts';
import type { KioskApi } from '../../shared/api.ts';
import type { Locale } from '../../shared/locales.ts';
import { fakeKiosk } from './fake-kiosk.ts';
// The kiosk's own stylesheet and bundled fonts, as renderer/main.tsx loads them: layout is real.
import '../../renderer/styles/fonts.css';
import '../../renderer/styles/app.css';

const noop = () => {};

/**
 * The frame every screen after the lobby sits in (renderer/App.tsx): the top bar of urgent buttons,
 * and the screen scrolling inside `.app__scroll` with the step buttons stuck to its foot. Without it,
 * "on screen" and "spills sideways" would be measured on a page the kiosk never shows.
 */
function Frame({ locale, moreBelow, children }: { locale: Locale; moreBelow: boolean; children: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  useFootClearance(scroller, true);
  return (
    <div className="app">
      <TopBar
        chromeLocale={locale}
        onStartOver={noop}
        onHelp={noop}
        onScamNow={noop}
        onAfterScam={noop}
        onDisplay={noop}
        onLanguage={noop}
      />
      <div className="app__scroll" ref={scroller}>
        {children}
        {/* The plan counts its own hidden guides: App leaves this sign out there. */}
        {moreBelow && <MoreBelow />}
      </div>
    </div>
  );
}

export interface MountOptions {
  /** The visitor's language: strings, `lang` and `dir` (right to left for Arabic) as the journey sets them. */
  locale?: Locale;
  /** The core the screen talks to; by default one that only accepts visit events. */
  api?: KioskApi;
  /** Text size 0 (normal) to 3 (largest), as the "Text and colours" panel sets it. */
  textSize?: number;
  /** App shows "more below" on every screen but the plan. */
  moreBelow?: boolean;
  /** The lobby screen (attract) is drawn by App on its own, without the frame. */
  frame?: boolean;
}

export interface Mounted {
  /** Draws another screen (or the same one with new props) in the same frame, without remounting the frame. */
  show(screen: ReactNode): Promise<void>;
}

let root: Root | null = null;
let container: HTMLElement | null = null;

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = null;
  container = null;
  delete document.documentElement.dataset.textSize;
});

/**
 * Mounts a screen in the kiosk's frame at the viewport's size (1280 x 800 unless the test changes it),
 * in the visitor's language, and waits until its fonts have loaded, so what the test measures is laid
 * out as on the kiosk. Unmounted after the test.
 */
export async function mountScreen(screen: ReactNode, options: MountOptions = {}): Promise<Mounted> {
  const { locale = 'en', api = fakeKiosk(), textSize = 0, moreBelow = true, frame = true } = options;
  // A second mount in one test replaces the first (phone-screen.test.tsx draws a picture per language).
  root?.unmount();
  container?.remove();
  const i18n = createI18n();
  await i18n.changeLanguage(locale);
  applyDocumentLanguage(locale);
  document.documentElement.dataset.textSize = String(textSize);
  container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
  const mounted = createRoot(container);
  root = mounted;
  const show = async (next: ReactNode) => {
    // Drawn at once, so a test reads the screen it asked for (no act() environment in a real browser).
    flushSync(() =>
      mounted.render(
        <I18nextProvider i18n={i18n}>
          <KioskProvider api={api}>
            {frame ? (
              <Frame locale={locale} moreBelow={moreBelow}>
                {next}
              </Frame>
            ) : (
              next
            )}
          </KioskProvider>
        </I18nextProvider>,
      ),
    );
    await fontsLoaded();
  };
  await show(screen);
  return { show };
}

/**
 * Waits for the web fonts the screen uses. A face is fetched only once laid-out text needs one of its
 * unicode ranges, so layout is forced first; then `document.fonts.ready` covers every fetch under way.
 */
export async function fontsLoaded(): Promise<void> {
  void document.body.getBoundingClientRect();
  await document.fonts.ready;
}
