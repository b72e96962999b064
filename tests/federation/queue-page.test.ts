import { aBsn, aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportAndMatch, succeeded } from '../support/operations';

type Page = { cases: { edges: Array<{ node: { household: { id: string; address: { houseNumber: number }; residents: Array<{ surname: string }> } } }> } };

/** A consultant's queue page: its households and their residents come from one statement in the household subgraph. */
describe("the consultant's queue page", () => {
  let hub: TestHub;
  let consultant: string;
  // Households by house number, with the surnames living there, in the order they are reported.
  const households: Record<number, string[]> = {
    501: ['Zijlstra', 'de Vries', 'Åberg'],
    502: ['Jansen'],
    503: ['van Dam', 'Bakker'],
  };

  beforeAll(async () => {
    hub = await startTestHub();
    consultant = await hub.token(tokens.consultantOmmen);
    const signals = Object.entries(households).flatMap(([houseNumber, surnames]) => surnames.map((surname) =>
      aSignal({ resident: { bsn: aBsn(), surname, address: { postcode: '7731 QP', houseNumber: Number(houseNumber) } } })));
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), signals);
  });
  afterAll(() => hub.close());

  const page = async (query: string) => (await succeeded(hub.graphql<Page>(consultant, query))).cases.edges.map((e) => e.node.household);

  it("shows every household's residents, in Dutch surname order, whatever else the page asks of the household", async () => {
    const expected = Object.fromEntries(Object.entries(households).map(([n, surnames]) => [n, [...surnames].sort((a, b) => a.localeCompare(b, 'nl'))]));
    for (const query of [
      '{ cases(first: 100) { edges { node { household { id address { houseNumber } residents { surname } } } } } }',
      '{ cases(first: 100) { edges { node { household { id residents { surname } address { houseNumber } } } } } }',
      '{ cases(first: 100) { edges { node { household { id ...Living address { houseNumber } } } } } } fragment Living on Household { residents { surname } }',
    ]) {
      const seen = Object.fromEntries((await page(query)).map((h) => [String(h.address.houseNumber), h.residents.map((r) => r.surname)]));
      expect(seen).toEqual(expected);
    }
  });

  it("shows each case's signals as the single case does: the same signals, in the order received", async () => {
    type Signals = Array<{ id: string; amountEuro: number; signalDate: string }>;
    const queue = await succeeded(hub.graphql<{ cases: { edges: Array<{ node: { id: string; signals: Signals } }> } }>(consultant,
      '{ cases(first: 100) { edges { node { id signals { id amountEuro signalDate } } } } }'));
    const cases = queue.cases.edges.map((e) => e.node);
    expect(cases.map((c) => c.signals.length).sort()).toEqual([1, 2, 3]);
    for (const kase of cases) {
      const one = await succeeded(hub.graphql<{ case: { signals: Signals } }>(consultant, 'query ($id: ID!) { case(id: $id) { signals { id amountEuro signalDate } } }', { id: kase.id }));
      expect(kase.signals).toEqual(one.case.signals);
    }
  });

  it("answers a page that asks nothing of the residents without touching theirs: the household's records only", async () => {
    const records = async (type: string) => (await hub.db.query('select count(*)::int as n from household.access_log where object_type = $1', [type])).rows[0].n as number;
    const [residentsBefore, householdsBefore] = [await records('Resident'), await records('Household')];
    const seen = (await page('{ cases(first: 100) { edges { node { household { id address { houseNumber } } } } } }')).map((h) => h.address.houseNumber).sort();
    expect(seen).toEqual([501, 502, 503]);
    expect(await records('Resident')).toBe(residentsBefore);
    expect(await records('Household')).toBe(householdsBefore + 1);
  });
});
