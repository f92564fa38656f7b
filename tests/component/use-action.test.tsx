import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskProvider } from '../../renderer/api/kiosk-context.tsx';
import { useAction } from '../../renderer/api/use-action.ts';
import { useCall } from '../../renderer/api/use-call.ts';
import { fakeKiosk } from './fake-kiosk.ts';

const VISIT = '00000000-0000-4000-8000-000000000007';
const FACETIME = 'iphone-turn-off-facetime';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((done) => done()));

/** A screen that saves the visitor's checklist as it shows and reads the guides: one write, one read. */
function SavesAndReads() {
  const saved = useAction(`saveChecklist:${VISIT}`, (api) =>
    api.saveChecklist({ actions: [{ tutorialId: FACETIME }], completed: [], visitId: VISIT, locale: 'en' }),
  );
  const list = useCall('listTutorials:en', (read) => read.listTutorials({ locale: 'en' }));
  return <p id="answer">{saved.status === 'ready' && list.status === 'ready' ? saved.data.code : 'waiting'}</p>;
}

describe('useAction writes once, and useCall reads, under StrictMode (which runs every effect twice)', () => {
  it('saves one checklist and reads the list once, and the screen shows the one code', async () => {
    const api = fakeKiosk({
      saveChecklist: () => ({ code: '48271935' }),
      listTutorials: () => ({ locale: 'en', tutorials: [] }),
    });
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    cleanups.push(() => (root.unmount(), host.remove()));
    root.render(
      <StrictMode>
        <KioskProvider api={api}>
          <SavesAndReads />
        </KioskProvider>
      </StrictMode>,
    );
    await expect.poll(() => document.querySelector('#answer')?.textContent).toBe('48271935');
    expect(api.calls.map((c) => c.call)).toEqual(['saveChecklist', 'listTutorials']);
  });
});
