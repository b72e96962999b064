import type { HubConfig } from '../../config';
import type { Role } from './viewer';

export { accessRequestPurpose, purposePattern } from '../../config/purposes';

/** The purpose of a request that names none: the first of the role's purposes (PURPOSES). */
export function defaultPurpose(config: Pick<HubConfig, 'purposes'>, role: Role): string {
  return config.purposes[role]?.[0] ?? 'unknown';
}

/** Only the purposes configured for the role; anything else is refused (and logged). */
export function isPurposeAllowed(config: Pick<HubConfig, 'purposes'>, role: Role, purpose: string): boolean {
  return config.purposes[role]?.includes(purpose) ?? false;
}
