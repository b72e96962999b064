import { allow, or, type IRules } from 'graphql-shield';
import { isCbs, isConsultant, isConsultantOfMunicipality } from '../shared/rules';

/**
 * Mirrors the household schema; anything not named here is denied. The @personal fields
 * (address, residents, every Resident and Address field) get their rule from the mark itself.
 */
export const permissions: IRules = {
  Household: { id: or(isConsultantOfMunicipality, isCbs), municipality: or(isConsultantOfMunicipality, isCbs) },
  Signal: { id: or(isConsultant, isCbs), household: or(isConsultant, isCbs), resident: or(isConsultant, isCbs) },
  Resident: { id: isConsultantOfMunicipality },
  Municipality: { '*': allow },
};
