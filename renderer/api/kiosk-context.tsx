import { createContext, useContext, type ReactNode } from 'react';
import type { KioskApi } from '../../shared/api.ts';

const KioskContext = createContext<KioskApi | null>(null);

export function KioskProvider({ api, children }: { api: KioskApi; children: ReactNode }) {
  return <KioskContext.Provider value={api}>{children}</KioskContext.Provider>;
}

export function useKiosk(): KioskApi {
  const api = useContext(KioskContext);
  if (!api) throw new Error('useKiosk() needs a <KioskProvider> above it.');
  return api;
}
