import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { sessionFromToken, type Session } from './claims';

export interface OidcSettings { authority: string; clientId: string; scope: string }

export const callbackPath = '/inloggen/terug';
export const silentPath = '/inloggen/stil';

let manager: UserManager | undefined;

/** Authorization code flow with PKCE against the municipality's provider (oidc-client-ts). */
export function oidcManager(settings: OidcSettings): UserManager {
  manager ??= new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scope,
    response_type: 'code',
    redirect_uri: `${location.origin}${callbackPath}`,
    silent_redirect_uri: `${location.origin}${silentPath}`,
    popup_redirect_uri: `${location.origin}${callbackPath}`,
    post_logout_redirect_uri: `${location.origin}/inloggen`,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return manager;
}

export function oidcSession(user: User): Session {
  return sessionFromToken(user.access_token, 'oidc');
}

/** Logs in again without leaving the page: silently when the provider still knows the user, else in a pop-up. */
export async function renewOidcSession(settings: OidcSettings): Promise<Session> {
  const users = oidcManager(settings);
  const user = await users.signinSilent().catch(() => null) ?? await users.signinPopup();
  return oidcSession(user);
}
