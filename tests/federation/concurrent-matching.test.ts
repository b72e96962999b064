import { aBsn, aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals } from '../support/operations';
import { subgraphs } from '../../subgraphs';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/shared/subgraph-server';

/**
 * Matching waits per address and per household, not per stage: a second household and case
 * worker on the same database takes jobs at the same time, and nothing is matched twice.
 */
describe('two workers on one database', () => {
  let hub: TestHub;
  const extraWorkers: RunningSubgraph[] = [];
  beforeAll(async () => {
    hub = await startTestHub();
    const deps = { config: hub.config, databaseUrl: hub.config.databaseUrl!, clock: hub.clock };
    extraWorkers.push(await startSubgraph(subgraphs.household, deps, 0), await startSubgraph(subgraphs.case, deps, 0));
  });
  afterAll(async () => {
    for (const worker of extraWorkers) await worker.close();
    await hub.close();
  });

  it('match a concurrent intake of three partners with no duplicate household, resident or open case', async () => {
    const addresses = Array.from({ length: 30 }, (_, i) => ({ postcode: `773${i % 10} K${String.fromCharCode(65 + Math.floor(i / 10))}`, houseNumber: 1 + i }));
    const residents = addresses.map((address, i) => [0, 1].map((r) => ({ bsn: aBsn(), surname: `Bewoner${i}x${r}`, address })));
    const batch = (partner: number, n: number) => Array.from({ length: 25 }, (_, i) => {
      const resident = residents[(partner * 7 + n * 11 + i) % residents.length][i % 2];
      return aSignal({ resident, amountEuro: 100 + partner * 10 + n });
    });
    const partners = [tokens.vechtdalWonen, tokens.zilverenKruis, tokens.vitens];
    const calls = partners.flatMap((partner, p) => [0, 1, 2, 3].map(async (n) => reportSignals(hub, await hub.token(partner), batch(p, n))));
    const accepted = (await Promise.all(calls)).flatMap((r) => r.data!.reportSignals.accepted);
    expect(accepted).toHaveLength(300);
    await hub.waitForJobs(180_000);

    const one = async (sql: string) => (await hub.db.query(sql)).rows;
    const used = new Set((await one("select household_id from casework.case_signals")).map((r) => r.household_id));
    expect(await one(`select count(*)::int as n from household.household`)).toEqual([{ n: used.size }]);
    expect(await one(`select address_key from household.household group by 1 having count(*) > 1`)).toEqual([]);
    expect(await one(`select household_id, bsn_hash from household.resident group by 1, 2 having count(*) > 1`)).toEqual([]);
    expect(await one(`select household_id from casework.cases where status <> 'CLOSED' group by 1 having count(*) > 1`)).toEqual([]);
    expect(await one(`select count(*)::int as n from casework.case_signals where case_id is not null`)).toEqual([{ n: 300 }]);
    expect(await one(`select count(*)::int as n from casework.cases where status <> 'CLOSED'`)).toEqual([{ n: used.size }]);
    const residentsPerHousehold = await one(`select count(*)::int as n from household.resident group by household_id`);
    expect(residentsPerHousehold.every((r) => r.n <= 2)).toBe(true);
  });
});
