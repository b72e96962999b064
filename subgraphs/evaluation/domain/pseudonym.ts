import { createHmac } from 'node:crypto';

/** The pseudonymous household key: a keyed hash only evaluation's own key can reproduce. */
export function householdKey(householdId: string, evaluationPseudonymKey: string): string {
  return createHmac('sha256', evaluationPseudonymKey).update(householdId).digest('hex');
}
