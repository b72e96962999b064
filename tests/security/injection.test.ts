import {
  buildASTSchema, getNamedType, isEnumType, isInputObjectType, isNonNullType, isScalarType, parse,
  type GraphQLArgument, type GraphQLField,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals, succeeded, type Connection } from '../support/operations';

const hostile: Array<[string, unknown]> = [
  ['SQL', "x'); drop table household.resident; --"],
  ['SQL boolean', '" or 1=1 --'],
  ['a JSON operator object', { $ne: null }],
  ['a JSON operator string', '{"$ne": null}'],
  ['a very long string', 'A'.repeat(100_000)],
  ['unicode', 'Zoë Ørsted-山田 👩‍👩‍👧 \u202eevil'],
  ['a NUL character', 'a\u0000b'],
];

const supergraph = buildASTSchema(parse(readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
const everyone = [tokens.vechtdalWonen, tokens.consultantOmmen, tokens.analyst, tokens.privacyOfficer, tokens.cbs];

/** A harmless value for a required argument that is not under test. */
function filler(arg: GraphQLArgument): unknown {
  const type = getNamedType(arg.type);
  if (type.name === 'Date') return '2026-01-01';
  if (type.name === 'Int') return 1;
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) return undefined;
  return 'x';
}

/** Every String or ID argument of every root field: the injection surface the schema declares. */
function stringArguments(): Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; arg: GraphQLArgument }> {
  const found = [];
  for (const [operation, type] of [['query', supergraph.getQueryType()], ['mutation', supergraph.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name.startsWith('_')) continue;
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) found.push({ operation, field, arg });
      }
    }
  }
  return found;
}

describe('hostile strings in every string argument', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal()]);
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  it('finds the string arguments to probe', () => {
    expect(stringArguments().map(({ field, arg }) => `${field.name}(${arg.name})`)).toEqual(expect.arrayContaining(['case(id)', 'findResidents(bsn)', 'residentConsultations(residentId)']));
  });

  it('never answers with a 500 and never executes them, whoever asks', async () => {
    const residents = async () => Number((await hub.db.query('select count(*) from household.resident')).rows[0].count);
    const before = await residents();
    expect(before).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { operation, field, arg } of stringArguments()) {
      const required = field.args.filter((a) => a !== arg && isNonNullType(a.type));
      if (required.some((a) => filler(a) === undefined)) continue;
      const declared = [arg, ...required].map((a) => `$${a.name}: ${a.type}`).join(', ');
      const passed = [arg, ...required].map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = getNamedType(field.type).toString() === 'String' ? '' : '{ __typename }';
      const query = `${operation} (${declared}) { ${field.name}(${passed}) ${selection} }`;
      for (const [name, value] of hostile) {
        for (const claims of everyone) {
          const variables = Object.fromEntries([[arg.name, value], ...required.map((a) => [a.name, filler(a)])]);
          const response = await hub.graphql(await hub.token(claims), query, variables);
          if (response.status >= 500) problems.push(`${field.name}(${arg.name}) with ${name} as ${claims.role}: HTTP ${response.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await residents()).toBe(before);
  });

  it('refuses an operator object where a string is expected, with 400', async () => {
    const response = await hub.graphql(await hub.token(tokens.consultantOmmen), 'query ($id: ID!) { case(id: $id) { id } }', { id: { $ne: null } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores hostile resident data verbatim or rejects it, and never runs it', async () => {
    const partner = await hub.token(tokens.vechtdalWonen);
    const stored: string[] = [];
    for (const [name, value] of hostile) {
      if (typeof value !== 'string') continue;
      for (const field of ['surname', 'initials', 'surnamePrefix', 'phone', 'email', 'bsn']) {
        const signal = aSignal({ resident: { [field]: value } });
        const response = await reportSignals(hub, partner, [signal]);
        expect([name, field, response.status < 500]).toEqual([name, field, true]);
        if (response.data?.reportSignals.accepted.length) stored.push(`${field}|${value}`);
      }
      const response = await reportSignals(hub, partner, [aSignal({ externalId: value })]);
      expect([name, 'externalId', response.status < 500]).toEqual([name, 'externalId', true]);
    }
    await hub.waitForJobs();
    type Resident = { surname: string; initials: string | null; surnamePrefix: string | null; phone: string | null; email: string | null; bsn: string | null };
    const cases = await succeeded(hub.graphql<{ cases: Connection<{ household: { residents: Resident[] } }> }>(await hub.token(tokens.consultantOmmen),
      '{ cases(first: 100) { edges { node { household { residents { surname initials surnamePrefix phone email bsn } } } } } }'));
    const residents = cases.cases.edges.flatMap((e) => e.node.household.residents);
    const missing = stored.filter((entry) => {
      const [field, value] = [entry.slice(0, entry.indexOf('|')), entry.slice(entry.indexOf('|') + 1)];
      return !residents.some((r) => (r as Record<string, unknown>)[field] === value);
    });
    expect(missing).toEqual([]);
    expect(stored.length).toBeGreaterThan(0);
    expect(Number((await hub.db.query("select count(*) from information_schema.tables where table_schema = 'household'")).rows[0].count)).toBeGreaterThan(3);
  });
});
