import { sessionFromToken, type Role, type Session } from './claims';

export interface DevRole { role: Role; municipality?: string; org?: string }

/** The development login: a token from the gateway's /auth/dev-token (absent in production). */
export async function devLogin(choice: DevRole): Promise<Session> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(choice),
  });
  if (!response.ok) throw new Error(`dev-token ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return sessionFromToken(token, 'development');
}
