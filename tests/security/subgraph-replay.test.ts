import { subgraphs } from '../../subgraphs';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/shared/subgraph-server';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { listCases, reportAndMatch } from '../support/operations';
import { signedSubgraphRequest } from './support/forge';
import { securityEvents } from './support/security-events';

/** The audit's attacks from the internal network, with a signed request captured on its way to a subgraph. */
describe('a captured subgraph request', () => {
  let hub: TestHub;
  let caseId: string;
  let identity: Record<string, string>;
  const addNote = (text: string) => ({
    query: 'mutation($caseId: ID!, $text: String!) { addCaseNote(caseId: $caseId, text: $text) { id } }', variables: { caseId, text },
  });
  const notes = async () => (await hub.db.query('select count(*)::int as n from casework.case_notes where case_id = $1', [caseId])).rows[0].n as number;

  beforeAll(async () => {
    hub = await startTestHub();
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal()]);
    const consultant = await hub.token(tokens.consultantOmmen);
    caseId = (await listCases(hub, consultant)).data!.cases.edges[0].node.id;
    identity = { authorization: `Bearer ${consultant}`, 'x-client-address': '10.0.0.7', 'x-trace-id': 'captured', 'x-purpose': 'casework' };
  });
  afterAll(() => hub.close());

  it('adds one note when replayed three times within the window, and reports the replays', async () => {
    const before = await notes();
    const captured = signedSubgraphRequest(hub, 'case', addNote('Eenmaal'), identity);
    const events = securityEvents();
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await fetch(captured.url, captured.init)).status);
      expect(statuses).toEqual([200, 401, 401]);
      expect(events.seen('subgraph_request_refused').map((e) => e.reason)).toEqual(['replayed', 'replayed']);
    } finally {
      events.stop();
    }
    expect(await notes()).toBe(before + 1);
  });

  it('refuses the replay at another replica of the same subgraph', async () => {
    let replica: RunningSubgraph | undefined;
    try {
      replica = await startSubgraph(subgraphs.case, { config: hub.config, databaseUrl: (hub.db as any).options.connectionString, runJobs: false }, 0);
      const before = await notes();
      const captured = signedSubgraphRequest(hub, 'case', addNote('Eén replica'), identity);
      expect((await fetch(captured.url, captured.init)).status).toBe(200);
      expect((await fetch(replica.url, captured.init)).status).toBe(401);
      expect(await notes()).toBe(before + 1);
    } finally {
      await replica?.close();
    }
  });

  it('refuses the same signed request at another path, at another subgraph, or with another method', async () => {
    const before = await notes();
    const captured = signedSubgraphRequest(hub, 'case', addNote('Elders'), identity);
    for (const url of [`${captured.url}?again=1`, `${captured.url}/again`, hub.subgraphUrls.household, hub.subgraphUrls.signal]) {
      expect([url, (await fetch(url, captured.init)).status]).toEqual([url, 401]);
    }
    expect((await fetch(captured.url, { ...captured.init, method: 'PUT' })).status).not.toBe(200);
    expect(await notes()).toBe(before);
  });

  it('refuses a timestamp from the future beyond the clock skew, and accepts one within it', async () => {
    const before = await notes();
    const future = signedSubgraphRequest(hub, 'case', addNote('Morgen'), identity, { at: Date.now() + 30_000 });
    expect((await fetch(future.url, future.init)).status).toBe(401);
    const nearly = signedSubgraphRequest(hub, 'case', addNote('Zo meteen'), identity, { at: Date.now() + 2_000 });
    expect((await fetch(nearly.url, nearly.init)).status).toBe(200);
    expect(await notes()).toBe(before + 1);
  });

  it('refuses malformed signatures', async () => {
    const before = await notes();
    const captured = signedSubgraphRequest(hub, 'case', addNote('Kapot'), identity);
    const headers = captured.init.headers as Record<string, string>;
    const broken = [
      { ...headers, 'x-hub-signature': headers['x-hub-signature'].slice(0, 63) },
      { ...headers, 'x-hub-signature': `${headers['x-hub-signature'].slice(0, 63)}g` },
      { ...headers, 'x-hub-signature': headers['x-hub-signature'].toUpperCase() },
      { ...headers, 'x-hub-timestamp': `${headers['x-hub-timestamp']}.0` },
      { ...headers, 'x-hub-request-id': '' },
    ];
    for (const variant of broken) expect((await fetch(captured.url, { ...captured.init, headers: variant })).status).toBe(401);
    expect(await notes()).toBe(before);
  });
});
