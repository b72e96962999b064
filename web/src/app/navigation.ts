import type { Role } from '../auth/claims';
import { t } from '../text';

/** The menu of each role; issue 12's pages add their entries here. */
export const navigation: Record<Role, Array<{ to: string; label: string }>> = {
  consultant: [{ to: '/werkbak', label: t.nav.queue }],
  partner: [{ to: '/portaal', label: t.nav.upload }, { to: '/portaal/signalen', label: t.nav.mySignals }],
  analyst: [{ to: '/analyse', label: t.nav.dashboard }],
  privacy_officer: [{ to: '/privacy', label: t.nav.console }],
  cbs: [],
};
