import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals } from '../support/operations';

describe('an analyst downloads the evaluation as CSV', () => {
  let hub: TestHub;
  let analyst: string;
  const csv = (query: string, token?: string) =>
    fetch(`${hub.url}/evaluation.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '2' } });
    analyst = await hub.token(tokens.analyst);
    await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [
      aSignal({ signalDate: '2026-10-05', amountEuro: 100 }), aSignal({ signalDate: '2026-10-06', amountEuro: 300 }),
      aSignal({ signalDate: '2026-11-02' }),
      aSignal({ signalDate: '2026-11-03', resident: { address: { postcode: '7695 AB', houseNumber: 1 } } }),
    ]);
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  it('gets a header row, one line per group and the totals, with withheld cells empty', async () => {
    const response = await csv('from=2026-10-01&to=2026-11-30&municipality=0175&groupBy=MUNICIPALITY,MONTH', analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('x-suppression-threshold')).toBe('2');
    const lines = (await response.text()).trimEnd().split('\r\n').map((line) => line.split(','));
    const [header, october, november, totals] = lines;
    expect(lines).toHaveLength(4);
    const cell = (line: string[], name: string) => line[header.indexOf(name)];
    expect(header.slice(0, 6)).toEqual(['row', 'municipality', 'partnerType', 'month', 'signals', 'signalsPer1000Inhabitants']);
    expect(header).toEqual(expect.arrayContaining(['attempts.PHONE', 'attemptsPerCase.PHONE', 'outcomes.FOLLOW_UP_HELP', 'suppressed']));
    expect([cell(october, 'month'), cell(october, 'signals'), cell(october, 'casesOpened'), cell(october, 'medianAmountEuro')]).toEqual(['2026-10', '', '', '200']);
    expect([cell(november, 'month'), cell(november, 'signals'), cell(november, 'suppressed')]).toEqual(['2026-11', '', 'true']);
    expect([cell(totals, 'row'), cell(totals, 'signals'), cell(totals, 'casesOpened')]).toEqual(['total', '3', '3']);
  });

  it('answers 400 with a clear message for bad parameters', async () => {
    for (const query of ['to=2026-11-30', 'from=2026-10-01&to=30-11-2026', 'from=2026-10-01&to=2026-11-30&groupBy=MONTH,STREET']) {
      const response = await csv(query, analyst);
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].message).toMatch(/(from|to) is required: a real calendar date|groupBy/);
    }
    const backwards = await csv('from=2026-11-01&to=2026-10-01', analyst);
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as any).errors[0].message).toBe('from lies after to');
    expect((await csv('from=2026-10-01&to=2026-11-30&municipality=9999', analyst)).status).toBe(400);
  });

  it('answers 401 without a token and 403 for another role', async () => {
    expect((await csv('from=2026-10-01&to=2026-11-30')).status).toBe(401);
    expect((await csv('from=2026-10-01&to=2026-11-30', await hub.token(tokens.consultantOmmen))).status).toBe(403);
    expect((await csv('from=2026-10-01&to=2026-11-30', await hub.token(tokens.vechtdalWonen))).status).toBe(403);
  });
});
