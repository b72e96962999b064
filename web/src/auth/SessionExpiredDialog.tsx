import { useEffect, useRef, useState } from 'react';
import { useSession, useSessionStore, useSettings } from '../app/context';
import { t } from '../text';
import { devLogin } from './dev-login';
import { renewOidcSession } from './oidc';

/**
 * Shown over the page when the session has run out: the page underneath stays as it was (forms
 * keep what was typed), and requests that were waiting go on once the user has logged in again.
 */
export function SessionExpiredDialog() {
  const { session, expired } = useSession();
  const sessions = useSessionStore();
  const settings = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (expired && !element.open) element.showModal();
    if (!expired && element.open) element.close();
  }, [expired]);

  const again = async () => {
    if (!session) return;
    setFailed(false);
    try {
      const next = session.source === 'oidc' && settings.login.oidc
        ? await renewOidcSession(settings.login.oidc)
        : await devLogin({ role: session.role, municipality: session.municipality, org: session.org });
      sessions.signIn(next);
    } catch {
      setFailed(true);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="session-expired-title" onCancel={(event) => event.preventDefault()}>
      <h2 id="session-expired-title">{t.login.expiredTitle}</h2>
      <p>{t.login.expiredText}</p>
      {failed && <p role="alert" className="error">{t.login.failed}</p>}
      <button type="button" className="primary" onClick={() => void again()}>{t.login.expiredAgain}</button>
    </dialog>
  );
}
