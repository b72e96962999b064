import { buildASTSchema, isObjectType, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personalFields } from '../../subgraphs/shared/personal';

/** Field names that usually hold data about a person. */
const looksPersonal = /bsn|name|initials|birth|phone|e_?mail|postcode|street|house_?number|city|address|resident|note|text|iban|contact_?details/i;

/**
 * Fields whose name looks personal but are not personal data, each with its reason.
 * Adding a field here is a privacy decision: have it reviewed.
 */
const notPersonal: Record<string, string> = {
  'Municipality.name': 'the name of a municipality, public',
  'Municipality.code': 'a CBS gemeentecode, public',
  'ErasureReceipt.residentId': 'the random id of a resident whose data was just erased; it identifies nobody any more',
};

const supergraph = buildASTSchema(parse(readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);

describe('the @personal marks in the supergraph', () => {
  const marked = new Set(personalFields(supergraph).map(({ type, field }) => `${type}.${field}`));

  it('mark every field whose name looks personal, unless it is allowed on purpose', () => {
    const unmarked: string[] = [];
    for (const type of Object.values(supergraph.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('_') || type.name.startsWith('join__') || type.name.startsWith('link__') || rootTypes.has(type.name)) continue;
      for (const field of Object.keys(type.getFields())) {
        const name = `${type.name}.${field}`;
        if (looksPersonal.test(field) && !marked.has(name) && !(name in notPersonal)) unmarked.push(name);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('cover the resident and address fields the contract calls personal', () => {
    for (const field of ['Resident.bsn', 'Resident.surname', 'Resident.birthDate', 'Resident.phone', 'Resident.email', 'Address.postcode', 'Address.street', 'Household.residents']) {
      expect(marked).toContain(field);
    }
  });

  it('keep the allow-list honest: every entry exists and is unmarked', () => {
    for (const name of Object.keys(notPersonal)) {
      const [type, field] = name.split('.');
      const found = supergraph.getType(type);
      expect(isObjectType(found) && field in found.getFields()).toBe(true);
      expect(marked.has(name)).toBe(false);
    }
  });
});
