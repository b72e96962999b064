import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSessionStore, useSettings } from '../app/context';
import { landingPath } from '../app/role-home';
import { t } from '../text';
import type { UserManager } from 'oidc-client-ts';
import { oidcManager, oidcSession, type OidcSettings } from './oidc';

let handled: ReturnType<UserManager['signinCallback']> | undefined;

/** The code can be exchanged once: React's development double render must not try it twice. */
function callbackOnce(settings: OidcSettings) {
  handled ??= oidcManager(settings).signinCallback();
  return handled;
}

/** Where the provider sends the browser back to (redirect, pop-up and silent renewal alike). */
export function OidcCallback() {
  const settings = useSettings();
  const sessions = useSessionStore();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!settings.login.oidc) return;
    callbackOnce(settings.login.oidc).then((user) => {
      if (!user) return; // a pop-up or silent renewal: the opener takes it from here
      const session = oidcSession(user);
      sessions.signIn(session);
      const from = (user.state as { from?: string } | undefined)?.from;
      navigate(landingPath(session.role, from), { replace: true });
    }, () => setFailed(true));
  }, [settings, sessions, navigate]);
  return <p role={failed ? 'alert' : 'status'}>{failed ? t.login.failed : t.login.callback}</p>;
}
