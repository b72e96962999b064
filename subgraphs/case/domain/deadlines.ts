import type { MunicipalityConfig } from '../../../config';

/** The date by which the first contact attempt is due, by the municipality's norms. */
export function contactDueBy(receivedOn: string, crisis: boolean, norms: MunicipalityConfig): string {
  const date = new Date(`${receivedOn}T00:00:00Z`);
  if (!crisis) {
    date.setUTCDate(date.getUTCDate() + norms.contactWithinDays);
    return date.toISOString().slice(0, 10);
  }
  let workingDays = norms.crisisContactWithinWorkingDays;
  while (workingDays > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) workingDays -= 1;
  }
  return date.toISOString().slice(0, 10);
}
