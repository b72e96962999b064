import { lazy, Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import type { Role } from '../auth/claims';
import { LoginPage } from '../auth/LoginPage';
import { OidcCallback } from '../auth/OidcCallback';
import { oidcManager, oidcSession, callbackPath, silentPath } from '../auth/oidc';
import { RequireRole } from '../auth/RequireRole';
import { SessionStore } from '../auth/session-store';
import { CasePage } from '../consultant/CasePage';
import { QueuePage } from '../consultant/QueuePage';
import { MySignalsPage } from '../partner/MySignalsPage';
import { UploadPage } from '../partner/UploadPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { t } from '../text';
import { createApiClient } from './client';
import { SessionContext, SettingsContext, useSession } from './context';
import { Layout } from './Layout';
import { roleHome } from './role-home';
import type { AppSettings } from './settings';

const page = (roles: Role[], element: React.ReactNode) => <RequireRole roles={roles}>{element}</RequireRole>;
/** Loaded when opened: the chart library stays out of the consultants' and partners' download. */
const DashboardPage = lazy(() => import('../analyst/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ConsolePage = lazy(() => import('../privacy/ConsolePage').then((m) => ({ default: m.ConsolePage })));
const later = (element: React.ReactNode) => <Suspense fallback={<p role="status">{t.app.loading}</p>}>{element}</Suspense>;

export function App({ settings }: { settings: AppSettings }) {
  const sessions = useMemo(() => new SessionStore(), []);
  const client = useMemo(() => createApiClient(sessions), [sessions]);
  useEffect(() => {
    if (!settings.login.oidc) return;
    const users = oidcManager(settings.login.oidc);
    const renewed = (user: Parameters<Parameters<typeof users.events.addUserLoaded>[0]>[0]) => {
      if (sessions.getState().session?.source === 'oidc') sessions.signIn(oidcSession(user));
    };
    const ranOut = () => sessions.markExpired();
    users.events.addUserLoaded(renewed);
    users.events.addAccessTokenExpired(ranOut);
    void users.getUser(); // after a reload: loads the stored user, which arms the silent renewal
    return () => { users.events.removeUserLoaded(renewed); users.events.removeAccessTokenExpired(ranOut); };
  }, [settings, sessions]);
  return (
    <SettingsContext.Provider value={settings}>
      <SessionContext.Provider value={sessions}>
        <GraphQLProvider value={client}>
          <BrowserRouter>
            <Layout>
              <Routes>
                <Route path="/" element={<StartPage />} />
                <Route path="/inloggen" element={<LoginPage />} />
                <Route path={callbackPath} element={<OidcCallback />} />
                <Route path={silentPath} element={<OidcCallback />} />
                <Route path="/werkbak" element={page(['consultant'], <QueuePage />)} />
                <Route path="/werkbak/zaak/:id" element={page(['consultant'], <CasePage />)} />
                <Route path="/portaal" element={page(['partner'], <UploadPage />)} />
                <Route path="/portaal/signalen" element={page(['partner'], <MySignalsPage />)} />
                <Route path="/analyse" element={page(['analyst'], later(<DashboardPage />))} />
                <Route path="/privacy" element={page(['privacy_officer'], later(<ConsolePage />))} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Layout>
          </BrowserRouter>
        </GraphQLProvider>
      </SessionContext.Provider>
    </SettingsContext.Provider>
  );
}

function StartPage() {
  const { session } = useSession();
  return <Navigate to={session ? roleHome[session.role] : '/inloggen'} replace />;
}
