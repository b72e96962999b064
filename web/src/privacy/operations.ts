import { graphql } from '../gql';

export const FindResidentsQuery = graphql(`
  query FindResidents($bsn: String!) {
    findResidents(bsn: $bsn) { id }
  }
`);

export const ConsultationsQuery = graphql(`
  query ResidentConsultations($residentId: ID!) {
    residentConsultations(residentId: $residentId) { at action purpose result fields actor actorRole }
  }
`);

/** Everything stored about one resident: personal fields resolve only with X-Purpose access-request. */
export const ResidentRecordQuery = graphql(`
  query ResidentRecord($residentId: ID!) {
    residentRecord(residentId: $residentId) {
      resident { bsn initials surnamePrefix surname birthDate phone email }
      household {
        address { street houseNumber houseNumberSuffix postcode city }
        cases {
          status openedAt closedAt outcome
          contactAttempts { channel date reached note }
          notes { text createdAt }
        }
      }
      signals { partnerType signalDate arrearsSince amountEuro status }
      consultations { at action purpose result }
    }
  }
`);

export const EraseResidentMutation = graphql(`
  mutation EraseResident($residentId: ID!) {
    eraseResident(residentId: $residentId) { residentId householdErased erasedAt }
  }
`);

export const AccessLogStateQuery = graphql(`
  query AccessLogState {
    accessLogVerification { at ok checked brokenAt reason verifiedBy }
  }
`);

export const VerifyAccessLogMutation = graphql(`
  mutation VerifyAccessLog {
    verifyAccessLog { at ok checked brokenAt reason verifiedBy }
  }
`);

/** The refused accesses of a period, oldest first; page on with `after` = the last `seq`. */
export const AccessRefusalsQuery = graphql(`
  query AccessRefusals($from: DateTime!, $to: DateTime!, $first: Int!, $after: ID) {
    accessRefusals(from: $from, to: $to, first: $first, after: $after) { seq at action objectType objectId fields purpose origin actor actorRole }
  }
`);
