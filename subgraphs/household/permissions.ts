import { allow, type IRules } from 'graphql-shield';
import { isConsultantOfMunicipality } from '../shared/rules';

/**
 * Mirrors the household schema; anything not named here is denied. The @personal fields
 * (address, residents, every Resident and Address field) get their rule from the mark itself.
 */
export const permissions: IRules = {
  Household: { id: isConsultantOfMunicipality, municipality: isConsultantOfMunicipality },
  Resident: { id: isConsultantOfMunicipality },
  Municipality: { '*': allow },
};
