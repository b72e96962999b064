import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { captureLogs, post, type LogLine } from '../support/log-lines';
import { reportSignalsMutation } from '../support/operations';
import { tasks } from '../../subgraphs/shared/job-contracts';

describe('the log lines an operator reads', () => {
  let hub: TestHub;
  let logs: ReturnType<typeof captureLogs>;
  let partner: string;
  beforeAll(async () => {
    logs = captureLogs();
    hub = await startTestHub();
    partner = await hub.token(tokens.vechtdalWonen);
  });
  afterAll(async () => {
    await hub.close();
    logs.stop();
  });
  const linesOf = (traceId: string | null) => logs.lines().filter((l) => l.traceId === traceId);

  it('has one line per request at the gateway and at each subgraph, and one per job, all with the trace id the client got', async () => {
    const signal = aSignal({ resident: { bsn: '111222333', surname: 'Vriesema-Oosterhuis', phone: '0687654321' } });
    const answer = await post(hub, partner, reportSignalsMutation, { signals: [signal] });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.traceId).toMatch(/^[0-9a-f]{32}$/);
    await hub.waitForJobs();

    const lines = linesOf(answer.traceId);
    if (process.env.SHOW_LOGS) console.log(logs.text());
    const gateway = lines.filter((l) => l.service === 'gateway' && l.msg === 'request');
    expect(gateway).toEqual([expect.objectContaining({
      level: 'info', route: '/graphql', method: 'POST', status: 200, role: 'partner', operation: 'Report', durationMs: expect.any(Number),
    })]);
    expect(lines.filter((l) => l.service === 'signal' && l.msg === 'request')).toEqual([expect.objectContaining({ status: 200, role: 'partner', route: '/graphql' })]);
    // The trace goes on into the jobs the request caused, and into the jobs those caused.
    const jobs = lines.filter((l) => l.msg === 'job');
    expect(jobs).toEqual(expect.arrayContaining([
      expect.objectContaining({ task: tasks.matchSignals, outcome: 'done', attempt: 1, maxAttempts: 25, durationMs: expect.any(Number) }),
      expect.objectContaining({ task: tasks.attachSignals, outcome: 'done', attempt: 1 }),
      expect.objectContaining({ task: tasks.recordSignalFacts, outcome: 'done' }),
    ]));
  });

  it('continues the trace a client sends in traceparent', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const answer = await post(hub, partner, '{ mySignals(first: 1) { edges { node { id } } } }', undefined, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    expect(answer.traceId).toBe(traceId);
    expect(linesOf(traceId).filter((l) => l.msg === 'request').map((l) => [l.service, l.operation ?? null])).toEqual(expect.arrayContaining([
      ['gateway', 'anonymous'], ['signal', expect.any(String)],
    ]));
  });

  it('logs refusals and errors with their codes, and returns their trace id too', async () => {
    const refused = await post(hub, 'not-a-token', '{ mySignals(first: 1) { edges { node { id } } } }');
    expect(refused.status).toBe(401);
    expect(linesOf(refused.traceId)).toEqual([expect.objectContaining({ service: 'gateway', msg: 'request', status: 401, errorCodes: ['UNAUTHENTICATED'] })]);

    const invalid = await post(hub, partner, 'query Broken { mySignals(first: 1) { nothingHere } }');
    expect(invalid.status).toBe(400);
    expect(linesOf(invalid.traceId)).toEqual([expect.objectContaining({
      service: 'gateway', status: 400, role: 'partner', operation: 'unknown', errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    })]);
  });

  it('never writes a token, variables or personal data', async () => {
    // Its own requests, a report with personal data and a refused token, through every service and job.
    const signal = aSignal({ resident: { bsn: '123456782', surname: 'Kloosterboer-Wiersma', phone: '0676543210' } });
    expect((await post(hub, partner, reportSignalsMutation, { signals: [signal] })).body.errors).toBeUndefined();
    expect((await post(hub, 'not-a-token', '{ mySignals(first: 1) { edges { node { id } } } }')).status).toBe(401);
    await hub.waitForJobs();
    const text = logs.text();
    expect(text).toContain('"msg":"request"');
    expect(text).toContain('"msg":"job"');
    for (const secret of [partner, '123456782', 'Kloosterboer', 'Wiersma', '0676543210', 'not-a-token', 'signalDate', 'Bearer']) expect(text).not.toContain(secret);
    const withVariables = logs.lines().filter((l: LogLine) => 'variables' in l || 'query' in l);
    expect(withVariables).toEqual([]);
  });
});
