import type { Role } from './viewer';

/** Purposes a client may name in `X-Purpose` (processing activities of the hub's register). */
export const purposePattern = /^[a-z][a-z0-9-]{1,63}$/;

/** The purpose of a request that names none: each role processes data for one main purpose. */
const byRole: Record<Role, string> = {
  partner: 'signal-intake',
  consultant: 'casework',
  analyst: 'evaluation',
  privacy_officer: 'privacy-supervision',
  cbs: 'ddas-monitoring',
};

export function defaultPurpose(role: Role): string {
  return byRole[role] ?? 'unknown';
}
