import type { OidcSettings } from '../auth/oidc';

export interface AppSettings {
  login: { oidc: OidcSettings | null; development: boolean };
  municipalities: Array<{ code: string; name: string }>;
  partners: Array<{ code: string; name: string; type: string }>;
}

/** The hub's /app-config.json: how to log in and the pilot's names. */
export async function loadSettings(): Promise<AppSettings> {
  const response = await fetch('/app-config.json');
  if (!response.ok) throw new Error(`app-config ${response.status}`);
  return (await response.json()) as AppSettings;
}
