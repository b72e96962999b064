/** What identifies a resident: the BSN's keyed hash, else the name (as partners write it). */
export interface ResidentIdentity { bsnHash?: string; surname?: string | null; birthDate?: string; initials?: string }

/**
 * One person: the same BSN; when either has none, the same surname, and initials and birth date
 * that do not differ where both are known. Matching and the merge of households decide alike.
 */
export function isSameResident(a: ResidentIdentity, b: ResidentIdentity): boolean {
  if (a.bsnHash && b.bsnHash) return a.bsnHash === b.bsnHash;
  return !!a.surname && a.surname.toLowerCase() === b.surname?.toLowerCase()
    && (!a.birthDate || !b.birthDate || a.birthDate === b.birthDate)
    && (!a.initials || !b.initials || a.initials.toUpperCase() === b.initials.toUpperCase());
}
