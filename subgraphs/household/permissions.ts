import { allow, or, type IRules } from 'graphql-shield';
import { isCbs, isConsultant, isConsultantOfMunicipality, isPrivacyOfficer, isPrivacyOfficerAnsweringAccessRequest as answeringAccessRequest } from '../shared/rules';

/**
 * Mirrors the household schema; anything not named here is denied. The @personal fields
 * (address, residents, every Resident and Address field) get their rule from the mark itself.
 */
export const permissions: IRules = {
  Query: {
    findResidents: isPrivacyOfficer, residentConsultations: isPrivacyOfficer, residentRecord: isPrivacyOfficer, accessLogVerification: isPrivacyOfficer,
    accessRefusals: isPrivacyOfficer,
  },
  Mutation: { eraseResident: isPrivacyOfficer, verifyAccessLog: isPrivacyOfficer },
  AccessLogVerification: { '*': isPrivacyOfficer },
  AccessRefusal: { '*': isPrivacyOfficer },
  ResidentRecord: { '*': isPrivacyOfficer },
  ErasureReceipt: { '*': isPrivacyOfficer },
  // cbs reaches the DDAS fields (see extraPersonalReaders) through these ids.
  Household: { id: or(isConsultantOfMunicipality, isCbs, answeringAccessRequest), municipality: or(isConsultantOfMunicipality, isCbs, answeringAccessRequest) },
  // Where a signal was matched: for consultants (rules on Household/Resident fields apply) and the DDAS client.
  Signal: { id: or(isConsultant, isCbs, isPrivacyOfficer), household: or(isConsultant, isCbs), resident: or(isConsultant, isCbs) },
  // The privacy officer finds a resident by BSN and sees only the id, to ask for its consultations.
  Resident: { id: or(isConsultantOfMunicipality, isCbs, isPrivacyOfficer) },
  Consultation: { '*': isPrivacyOfficer },
  Municipality: { '*': allow },
};
