import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSessionStore, useSettings } from '../app/context';
import { landingPath } from '../app/role-home';
import { t } from '../text';
import { oidcManager, oidcSession } from './oidc';

/** Where the provider sends the browser back to (redirect, pop-up and silent renewal alike). */
export function OidcCallback() {
  const settings = useSettings();
  const sessions = useSessionStore();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!settings.login.oidc) return;
    oidcManager(settings.login.oidc).signinCallback().then((user) => {
      if (!user) return; // a pop-up or silent renewal: the opener takes it from here
      const session = oidcSession(user);
      sessions.signIn(session);
      const from = (user.state as { from?: string } | undefined)?.from;
      navigate(landingPath(session.role, from), { replace: true });
    }, () => setFailed(true));
  }, [settings, sessions, navigate]);
  return <p role={failed ? 'alert' : 'status'}>{failed ? t.login.failed : t.login.callback}</p>;
}
