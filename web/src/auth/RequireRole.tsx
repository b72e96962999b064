import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../app/context';
import { t } from '../text';
import type { Role } from './claims';

/** A page for some roles only: without a session to the login page, with another role a sentence. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />;
  if (!roles.includes(session.role)) return <p role="alert">{t.app.forbidden}</p>;
  return <>{children}</>;
}
