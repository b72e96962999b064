import type { Session } from './claims';

export interface SessionState {
  session: Session | null;
  /** The session ran out while the user was working: the page stays, a dialog asks to log in again. */
  expired: boolean;
}

const storageKey = 'voor-elkaar.session';
/** Renew a little before the hub would refuse the token. */
const marginMs = 5_000;

/** The one session of the tab (sessionStorage: gone when the tab closes). */
export class SessionStore {
  private state: SessionState = { session: load(), expired: false };
  private listeners = new Set<() => void>();
  private waiting: Array<() => void> = [];

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  getState = (): SessionState => this.state;

  signIn(session: Session): void {
    sessionStorage.setItem(storageKey, JSON.stringify(session));
    this.set({ session, expired: false });
    for (const resume of this.waiting.splice(0)) resume();
  }

  signOut(): void {
    sessionStorage.removeItem(storageKey);
    this.set({ session: null, expired: false });
  }

  markExpired(): void {
    if (this.state.session && !this.state.expired) this.set({ ...this.state, expired: true });
  }

  /** A token the hub will accept, waiting for the user to log in again when it has run out. */
  async validToken(): Promise<string | undefined> {
    const { session } = this.state;
    if (!session) return undefined;
    if (!this.state.expired && session.expiresAt - marginMs > Date.now()) return session.token;
    this.markExpired();
    await new Promise<void>((resume) => this.waiting.push(resume));
    return this.state.session?.token;
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}
