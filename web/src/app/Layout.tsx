import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import type { Role } from '../auth/claims';
import { oidcManager } from '../auth/oidc';
import { roleLabel } from '../auth/role-label';
import { SessionExpiredDialog } from '../auth/SessionExpiredDialog';
import { t } from '../text';
import { navigation } from './navigation';
import { useSession, useSessionStore, useSettings } from './context';

/** The frame of every page: skip link, header with the role's menu, and the main content. */
export function Layout({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const sessions = useSessionStore();
  const settings = useSettings();
  const navigate = useNavigate();
  const logout = () => {
    const viaProvider = session?.source === 'oidc' && settings.login.oidc;
    sessions.signOut();
    if (viaProvider) void oidcManager(settings.login.oidc!).signoutRedirect();
    else navigate('/inloggen', { replace: true });
  };
  const links = session ? navigation[session.role as Role] : [];
  return (
    <>
      <a className="skip-link" href="#inhoud">{t.app.skipToContent}</a>
      <header className="app-header">
        <span className="brand">{t.app.name}</span>
        {links.length > 0 && (
          <nav aria-label={t.app.mainNavigation}>
            <ul>
              {links.map((link) => (
                <li key={link.to}><NavLink to={link.to} end>{link.label}</NavLink></li>
              ))}
            </ul>
          </nav>
        )}
        {session && (
          <div className="who">
            <span>{t.app.loggedInAs(roleLabel(session, settings))}</span>
            <button type="button" onClick={logout}>{t.app.logout}</button>
          </div>
        )}
      </header>
      <main id="inhoud" tabIndex={-1}>{children}</main>
      {session && <SessionExpiredDialog />}
    </>
  );
}
