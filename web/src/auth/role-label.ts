import type { AppSettings } from '../app/settings';
import { t } from '../text';
import type { Session } from './claims';

/** "Consulent Ommen", "Partner: Vitens", "Analist", ... */
export function roleLabel(session: Pick<Session, 'role' | 'municipality' | 'org'>, settings: AppSettings): string {
  switch (session.role) {
    case 'consultant': return t.roles.consultant(settings.municipalities.find((m) => m.code === session.municipality)?.name ?? session.municipality ?? '');
    case 'partner': return t.roles.partner(settings.partners.find((p) => p.code === session.org)?.name ?? session.org ?? '');
    default: return t.roles[session.role];
  }
}
