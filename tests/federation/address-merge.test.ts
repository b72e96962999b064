import { openOrm } from '../../subgraphs/shared/db';
import { personalDataCipher } from '../../subgraphs/shared/personal-data-cipher';
import { householdSubgraph } from '../../subgraphs/household';
import { lookupHash } from '../../subgraphs/household/domain/lookup-hash';
import { Household } from '../../subgraphs/household/entities/household.entity';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { listCases, reportAndMatch } from '../support/operations';
import { enqueue } from '../support/queue';

/**
 * Before addresses had one canonical form, "20-1" and "20 1" gave two households. The hub's own
 * upgrade job merges them: one household, one case, nothing personal lost, and the log says so.
 */
describe('households that are one address written two ways, from before the canonical form', () => {
  let hub: TestHub;
  let consultant: string;
  let rentId: string;
  let waterId: string;
  const ommen = (houseNumber: number, houseNumberSuffix?: string) => ({ postcode: '7734 MN', houseNumber, houseNumberSuffix });

  beforeAll(async () => {
    hub = await startTestHub({ env: { PURPOSES: JSON.stringify({ consultant: ['casework', 'before-merge'] }) } });
    consultant = await hub.token(tokens.consultantOmmen);
    [{ id: rentId }] = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { bsn: '111222333', surname: 'Smit', address: ommen(20, '1') } })]);
    [{ id: waterId }] = await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ resident: { bsn: '123456782', surname: 'Smit', phone: '0698765432', address: { ...ommen(21), street: 'Dorpsstraat', city: 'Ommen' } } })]);
    await hub.graphql(consultant, '{ cases(first: 100) { edges { node { household { address { postcode } residents { surname } } } } } }', undefined, { 'x-purpose': 'before-merge' });
    await hub.waitForJobs();
    // What the old matching left behind: the second household is 20 "-1", under the key of that spelling.
    const orm = await openOrm(hub.config.databaseUrl!, householdSubgraph.database, 1, personalDataCipher(hub.config.privacy.personalData));
    const em = orm.em.fork();
    const { rows } = await hub.db.query('select household_id from household.signal_link where signal_id = $1', [waterId]);
    const legacy = await em.findOneOrFail(Household, { id: rows[0].household_id });
    Object.assign(legacy, { houseNumber: 20, houseNumberSuffix: '-1', addressKey: lookupHash(hub.config, '7734MN|20|-1') });
    await em.flush();
    await orm.close();
  });
  afterAll(() => hub.close());

  const casesAt = async () => (await listCases(hub, consultant)).data!.cases.edges.map((e) => e.node)
    .filter((c) => c.signals.some((s: any) => s.id === rentId || s.id === waterId));

  it('were two households with two cases, neither multiple', async () => {
    expect((await casesAt()).map((c) => c.multiple)).toEqual([false, false]);
  });

  it('become one household with one multiple case holding both signals, every resident and what each knew', async () => {
    await enqueue(hub, 'household.merge_addresses', [{}]);
    const cases = await casesAt();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ multiple: true, household: { address: { postcode: '7734 MN', houseNumber: 20, houseNumberSuffix: '1', street: 'Dorpsstraat', city: 'Ommen' } } });
    expect(cases[0].signals.map((s: any) => s.id).sort()).toEqual([rentId, waterId].sort());
    expect(cases[0].household.residents.map((r: any) => r.bsn).sort()).toEqual(['111222333', '123456782']);
    expect(Number((await hub.db.query('select count(*) from household.household')).rows[0].count)).toBe(1);
  });

  it('is in the access log, and the consultations of the merged household\'s resident keep what was read before', async () => {
    const { rows } = await hub.db.query(`select object_id from household.access_log where action = 'merge' and purpose = 'address-normalisation'`);
    expect(rows).toHaveLength(2);
    const officer = await hub.token(tokens.privacyOfficer);
    const found = await hub.graphql<any>(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn: '123456782' });
    const { data } = await hub.graphql<any>(officer, 'query ($id: ID!) { residentConsultations(residentId: $id) { action purpose } }', { id: found.data.findResidents[0].id });
    expect(data.residentConsultations).toEqual(expect.arrayContaining([
      { action: 'read', purpose: 'before-merge' }, { action: 'merge', purpose: 'address-normalisation' },
    ]));
  });

  it('match a new signal written either way to the merged household, and a second run changes nothing', async () => {
    await enqueue(hub, 'household.merge_addresses', [{}]);
    await reportAndMatch(hub, await hub.token(tokens.zilverenKruis), [aSignal({ resident: { address: ommen(20, ' - 1') } })]);
    const cases = await casesAt();
    expect(cases).toHaveLength(1);
    expect(cases[0].signals).toHaveLength(3);
    expect(Number((await hub.db.query('select count(*) from household.household')).rows[0].count)).toBe(1);
  });
});
