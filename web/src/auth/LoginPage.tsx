import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession, useSessionStore, useSettings } from '../app/context';
import { landingPath } from '../app/role-home';
import { usePageTitle } from '../app/usePageTitle';
import { t } from '../text';
import { devLogin, type DevRole } from './dev-login';
import { oidcManager } from './oidc';
import { roleLabel } from './role-label';

/** Logging in: through the municipality's provider, and in development by picking a pilot role. */
export function LoginPage() {
  usePageTitle(t.login.title);
  const settings = useSettings();
  const sessions = useSessionStore();
  const { session } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [failed, setFailed] = useState(false);
  if (session) return <Navigate to={landingPath(session.role, from)} replace />;

  const loginAs = async (choice: DevRole) => {
    setFailed(false);
    try {
      const next = await devLogin(choice);
      sessions.signIn(next);
      navigate(landingPath(next.role, from), { replace: true });
    } catch {
      setFailed(true);
    }
  };
  const { oidc, development } = settings.login;
  return (
    <section className="login">
      <h1>{t.login.title}</h1>
      <p>{t.login.intro}</p>
      {failed && <p role="alert" className="error">{t.login.failed}</p>}
      {oidc && (
        <button type="button" className="primary" onClick={() => void oidcManager(oidc).signinRedirect({ state: { from } })}>
          {t.login.withProvider}
        </button>
      )}
      {!oidc && !development && <p role="alert">{t.login.notConfigured}</p>}
      {development && <DevelopmentLogin onChoose={(choice) => void loginAs(choice)} />}
    </section>
  );
}

/** Development only: every pilot role, grouped, one button each. */
function DevelopmentLogin({ onChoose }: { onChoose: (choice: DevRole) => void }) {
  const settings = useSettings();
  const groups: Array<{ title: string; choices: DevRole[] }> = [
    { title: t.login.consultants, choices: settings.municipalities.map((m) => ({ role: 'consultant' as const, municipality: m.code })) },
    { title: t.login.partners, choices: settings.partners.map((p) => ({ role: 'partner' as const, org: p.code })) },
    { title: t.login.others, choices: [{ role: 'analyst' }, { role: 'privacy_officer' }] },
  ];
  return (
    <div className="dev-login">
      <h2>{t.login.developmentTitle}</h2>
      <p>{t.login.developmentIntro}</p>
      {groups.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          <ul className="choices">
            {group.choices.map((choice) => {
              const label = roleLabel(choice, settings);
              return <li key={label}><button type="button" onClick={() => onChoose(choice)}>{t.login.asRole(label)}</button></li>;
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
