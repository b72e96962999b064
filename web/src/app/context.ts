import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SessionStore } from '../auth/session-store';
import type { AppSettings } from './settings';

export const SettingsContext = createContext<AppSettings | null>(null);
export const SessionContext = createContext<SessionStore | null>(null);

export function useSettings(): AppSettings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('SettingsContext missing');
  return settings;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('SessionContext missing');
  return store;
}

export function useSession() {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
