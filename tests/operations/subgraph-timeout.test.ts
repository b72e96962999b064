import { aSignal, tokens } from '../support/builders';
import { reportSignalsMutation } from '../support/operations';
import { graphqlAt } from './support/client';
import { startFreshProcessHub, type FreshProcessHub } from './support/fresh-process-hub';
import type { ProcessHub } from './support/process-hub';

const casesWithAddress = '{ cases(first: 5) { edges { node { id household { id address { postcode } } } } } }';

/** A stopped subgraph (SIGSTOP: it accepts connections and never answers) no longer hangs the gateway. */
describe('the gateway bounds every subgraph call in time', () => {
  let running: FreshProcessHub;
  let hub: ProcessHub;
  let consultant: string;
  beforeAll(async () => {
    running = await startFreshProcessHub({ SUBGRAPH_TIMEOUT_MS: '2000' });
    hub = running.hub;
    const partner = await hub.token(tokens.vechtdalWonen);
    consultant = await hub.token(tokens.consultantOmmen);
    const { data } = await graphqlAt(hub.url, partner, reportSignalsMutation, { signals: [aSignal()] });
    expect(data.reportSignals.accepted).toHaveLength(1);
    for (;;) {
      const { data: found } = await graphqlAt(hub.url, consultant, casesWithAddress);
      if (found?.cases.edges.length) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);
  afterAll(() => running?.stop());

  it('answers with what the other subgraphs gave, and an error with the path of what is missing', async () => {
    const household = hub.processes.household.child;
    household.kill('SIGSTOP');
    try {
      const { status, data, errors } = await graphqlAt(hub.url, consultant, casesWithAddress);
      expect(status).toBe(200);
      const node = data.cases.edges[0].node;
      expect(node).toEqual({ id: expect.any(String), household: { id: expect.any(String), address: null } });
      expect(errors).toEqual([{ message: expect.stringMatching(/temporarily unavailable/), path: ['cases', 'edges', 0, 'node', 'household'], extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
    } finally {
      household.kill('SIGCONT');
    }
  }, 60_000);

  it('answers 503 with Retry-After when nothing of the answer could be given', async () => {
    const caseSubgraph = hub.processes.case.child;
    caseSubgraph.kill('SIGSTOP');
    try {
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${consultant}` }, body: JSON.stringify({ query: casesWithAddress }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = await response.json();
      expect(body.errors).toEqual([expect.objectContaining({ path: ['cases'], extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
    } finally {
      caseSubgraph.kill('SIGCONT');
    }
  }, 60_000);

  it('answers 503 on a route beside /graphql that needs the stopped subgraph (no partial CSV or delivery)', async () => {
    const evaluation = hub.processes.evaluation.child;
    evaluation.kill('SIGSTOP');
    try {
      const analyst = await hub.token(tokens.analyst);
      const response = await fetch(`${hub.url}/evaluation.csv?from=2026-01-01&to=2026-12-31`, { headers: { authorization: `Bearer ${analyst}` } });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect((await response.json()).errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      evaluation.kill('SIGCONT');
    }
  }, 60_000);

  it('answers whole again once the subgraphs answer', async () => {
    const { status, data, errors } = await graphqlAt(hub.url, consultant, casesWithAddress);
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    expect(data.cases.edges[0].node.household.address).toEqual({ postcode: expect.any(String) });
  }, 60_000);
});
