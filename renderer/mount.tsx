import { Fragment, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connectToKiosk } from './api/kiosk-client.ts';
import { KioskProvider } from './api/kiosk-context.tsx';
import { createCrashBudget } from './fault/crash-budget.ts';
import { faultPlace } from './fault/fault-place.ts';
import { createFaultReporter } from './fault/fault-reporter.ts';
import { installFaultWatchdog } from './fault/fault-watchdog.ts';
import { createRootRecovery, showPlainRestart } from './fault/root-recovery.ts';
import { createI18n } from './i18n/i18n.ts';

/**
 * Both pages (the kiosk and the print layout) start the same way: strings, the core's door, then the
 * page. Every fault is reported to the core here, whoever catches it: the page's error boundary
 * (onCaughtError), nobody (onUncaughtError, then the page is drawn again), or the window (errors in
 * handlers and timers, unhandled rejections, which are only reported).
 *
 * Returns what takes the page down again. The kiosk never does; a component test mounts a page per
 * test in one document (tests/component/fault-recovery.test.tsx), and a watchdog left behind would
 * report the next test's faults to a core that is gone.
 */
export function mount(page: ReactNode): () => void {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  const api = connectToKiosk();
  const i18n = createI18n();
  const report = createFaultReporter((fault) => api.reportFault(fault));
  const unwatch = installFaultWatchdog(window, (kind) => report(kind, faultPlace()));

  let generation = 0;
  const draw = () =>
    root.render(
      // A new key on every redraw: nothing of a tree that failed is reused.
      <Fragment key={generation}>
        <StrictMode>
          <I18nextProvider i18n={i18n}>
            <KioskProvider api={api}>{page}</KioskProvider>
          </I18nextProvider>
        </StrictMode>
      </Fragment>,
    );
  const recover = createRootRecovery({
    budget: createCrashBudget(),
    remount: () => {
      generation += 1;
      draw();
    },
    showPlain: (onTouch) => showPlainRestart(container, `${i18n.t('fault.title')} ${i18n.t('fault.touch')}`, onTouch),
    reload: () => window.location.reload(),
  });
  // The error goes to the console for whoever develops with DevTools (closed on a packaged kiosk);
  // the core gets only its kind and screen.
  const root = createRoot(container, {
    onCaughtError: (error) => {
      console.error(error);
      report('render', faultPlace());
    },
    onUncaughtError: (error) => {
      console.error(error);
      report('uncaught', faultPlace());
      recover();
    },
  });
  draw();
  return () => {
    unwatch();
    root.unmount();
  };
}
