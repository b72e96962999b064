/** The privacy officer's alone: answering a resident's access request (GDPR art. 15). */
export const accessRequestPurpose = 'access-request';

/** Purposes a client may name in `X-Purpose` (processing activities of the hub's register). */
export const purposePattern = /^[a-z][a-z0-9-]{1,63}$/;

/** Each role's purposes of processing; the first is the purpose of a request that names none. */
export const defaultPurposes: Record<string, string[]> = {
  partner: ['signal-intake'],
  consultant: ['casework', 'warm-handover'],
  analyst: ['evaluation'],
  privacy_officer: ['privacy-supervision', accessRequestPurpose, 'erasure-request'],
  cbs: ['ddas-monitoring'],
};

/** PURPOSES: JSON `{ "<role>": ["<purpose>", ...] }`, replacing the defaults of the roles it names. */
export function checkPurposes(given: unknown, roles: readonly string[], problems: string[]): Record<string, string[]> {
  if (given === undefined) return defaultPurposes;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push('PURPOSES must be a JSON object of role -> [purpose, ...]');
    return defaultPurposes;
  }
  const purposes = { ...defaultPurposes };
  for (const [role, list] of Object.entries(given as Record<string, unknown>)) {
    if (!roles.includes(role)) problems.push(`PURPOSES: unknown role "${role}" (one of ${roles.join(', ')})`);
    else if (!Array.isArray(list) || list.length === 0 || list.some((p) => typeof p !== 'string' || !purposePattern.test(p))) {
      problems.push(`PURPOSES.${role} must be a non-empty list of lower-case names such as "casework"`);
    } else if (role !== 'privacy_officer' && list.includes(accessRequestPurpose)) {
      problems.push(`PURPOSES.${role}: "${accessRequestPurpose}" is the privacy officer's alone`);
    } else purposes[role] = list as string[];
  }
  return purposes;
}
