/**
 * Wipes every trace a visitor could leave in the page beyond the journey state: web storage,
 * IndexedDB, scroll position. The app stores nothing there on purpose; this makes sure that stays
 * true whatever a library or a future change does.
 */
export async function wipeVisitorTraces(win: Window = window): Promise<void> {
  win.localStorage.clear();
  win.sessionStorage.clear();
  const databases = (await win.indexedDB.databases?.()) ?? [];
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve) => {
          if (!name) return resolve();
          const request = win.indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
  win.scrollTo({ top: 0 });
  win.document.querySelector('.app__scroll')?.scrollTo({ top: 0 });
}
