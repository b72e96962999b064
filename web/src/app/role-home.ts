import type { Role } from '../auth/claims';

/** Where each role starts after logging in. */
export const roleHome: Record<Role, string> = {
  consultant: '/werkbak',
  partner: '/portaal',
  analyst: '/analyse',
  privacy_officer: '/privacy',
  cbs: '/inloggen',
};

/** Where to go after logging in: back to the page that asked for it when it is this role's, else home. */
export function landingPath(role: Role, from: string | undefined): string {
  return from && from.startsWith(roleHome[role]) ? from : roleHome[role];
}
