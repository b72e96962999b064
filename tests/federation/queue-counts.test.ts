import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, closeCase, pickUpCase, reportAndMatch, succeeded } from '../support/operations';

const countsQuery = `{
  open: cases(filter: { status: OPEN }, first: 1) { totalCount }
  mine: cases(filter: { assignedToMe: true, active: true }, first: 1) { totalCount }
  crisis: cases(filter: { crisis: true, active: true }, first: 1) { totalCount }
  closed: cases(filter: { active: false }, first: 1) { totalCount }
  all: cases(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } }
}`;

/** The werkbak's tabs show how many cases each holds, on all pages. */
describe('counts of the work queue', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub(); });
  afterAll(() => hub.close());

  it('count every case a filter matches, not just the page, in the own municipality only', async () => {
    const ommen = await hub.token(tokens.consultantOmmen);
    const partner = await hub.token(tokens.vitens);
    const [first, second, third] = await reportAndMatch(hub, partner, [aSignal(), aSignal({ crisis: true }), aSignal()]);
    await reportAndMatch(hub, partner, [aSignal({ resident: { address: { postcode: '7771 AA', houseNumber: 1 } } })]);
    const picked = await caseOfSignal(hub, ommen, first.id);
    const closed = await caseOfSignal(hub, ommen, third.id);
    await pickUpCase(hub, ommen, picked.id);
    await closeCase(hub, ommen, closed.id, 'RESIDENT_SOLVES_IT');
    expect(second.id).toBeDefined();

    const { data, errors } = await hub.graphql(ommen, countsQuery);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      open: { totalCount: 1 }, mine: { totalCount: 1 }, crisis: { totalCount: 1 }, closed: { totalCount: 1 },
      all: { totalCount: 3, edges: [expect.anything()], pageInfo: { hasNextPage: true } },
    });
    const hardenberg = await succeeded(hub.graphql<{ all: { totalCount: number } }>(await hub.token(tokens.consultantHardenberg), countsQuery));
    expect(hardenberg.all.totalCount).toBe(1);
  });

  it('are not for partners', async () => {
    const response = await hub.graphql(await hub.token(tokens.vitens), '{ cases(first: 1) { totalCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
