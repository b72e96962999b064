import { buildASTSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personalFields } from '../../../subgraphs/shared/personal';
import { tokens } from '../../support/builders';

/** Every @personal field of the committed supergraph: the matrix's columns. */
export const personalFieldsOfSupergraph = personalFields(
  buildASTSchema(parse(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true }),
);

/**
 * How to reach each type's fields from a household. A new type with @personal fields must be
 * added here, or the matrix fails: every personal field is probed, none is forgotten.
 */
export const reachFromHousehold: Record<string, (field: string) => string> = {
  Household: (field) => (field === 'address' ? 'address { postcode }' : field === 'residents' ? 'residents { id }' : field),
  Address: (field) => `address { ${field} }`,
  Resident: (field) => `residents { ${field} }`,
  CaseNote: (field) => `cases { notes { ${field} } }`,
  Case: (field) => `cases { ${field} { text } }`,
  Signal: (field) => `cases { signals { ${field} { id } } }`,
  // Not under a household: the privacy officer's export, probed through its own root field.
  ResidentRecord: (field) => `${field} { surname }`,
  ContactAttempt: (field) => `cases { contactAttempts { ${field} } }`,
};

/** The types the household subgraph itself owns (the rest is reached through the case subgraph). */
export const householdOwned = new Set(['Household', 'Address', 'Resident']);

/** The matrix's rows: every kind of caller. */
export const callers: Array<[string, object | undefined]> = [
  ['anonymous', undefined],
  ['partner Vechtdal Wonen', tokens.vechtdalWonen],
  ['partner Zilveren Kruis', tokens.zilverenKruis],
  ['partner Vitens', tokens.vitens],
  ['consultant of Ommen', tokens.consultantOmmen],
  ['consultant of Hardenberg', tokens.consultantHardenberg],
  ['analyst', tokens.analyst],
  ['privacy officer', tokens.privacyOfficer],
  ['cbs (DDAS)', tokens.cbs],
];

/** What DDAS needs (the cbs role): written out here, independently of the rules under test. */
const ddasFields = new Set(['Household.address', 'Household.residents', 'Address.postcode', 'Address.houseNumber', 'Address.houseNumberSuffix', 'Resident.bsn', 'Signal.resident']);

/** Who may read a field of an Ommen household: its consultants, and cbs for the DDAS fields. */
export function mayRead(claims: any, type: string, field: string): boolean {
  if (!claims) return false;
  if (claims.role === 'consultant') return claims.municipality === '0175';
  return claims.role === 'cbs' && ddasFields.has(`${type}.${field}`);
}

/** Reads `data` along the path of a probe (first element of every list). */
export function valueAt(household: any, type: string, field: string): unknown {
  if (!household) return undefined;
  if (type === 'Household' || type === 'ResidentRecord') return household[field];
  if (type === 'CaseNote') return household.cases?.[0]?.notes?.[0]?.[field];
  if (type === 'Case') return household.cases?.[0]?.[field]?.[0];
  if (type === 'Signal') return household.cases?.[0]?.signals?.[0]?.[field];
  if (type === 'ContactAttempt') return household.cases?.[0]?.contactAttempts?.[0]?.[field];
  const parent = type === 'Address' ? household.address : household.residents?.[0];
  return parent?.[field];
}
