import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { evaluation, reportSignals } from '../support/operations';

describe('an analyst evaluates the pilot from aggregates', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '2' } });
    const rent = await hub.token(tokens.vechtdalWonen);
    const water = await hub.token(tokens.vitens);
    await reportSignals(hub, rent, [
      aSignal({ signalDate: '2026-10-05' }), aSignal({ signalDate: '2026-10-06' }), aSignal({ signalDate: '2026-11-02' }),
      aSignal({ signalDate: '2026-11-03', resident: { address: { postcode: '7695 AB', houseNumber: 1 } } }),
      aSignal({ signalDate: '2026-11-04', resident: { address: { postcode: '7695 AB', houseNumber: 2 } } }),
    ]);
    await reportSignals(hub, water, [aSignal({ signalDate: '2026-10-07' }), aSignal({ signalDate: '2026-10-08' })]);
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  it('counts signals and opened cases per municipality, partner type and month, withholding a second cell beside a small one', async () => {
    const { data, errors } = await evaluation(hub, await hub.token(tokens.analyst), {
      from: '2026-10-01', to: '2026-11-30', groupBy: ['MUNICIPALITY', 'PARTNER_TYPE', 'MONTH'],
    });
    expect(errors).toBeUndefined();
    const rows = data!.evaluation.rows.map(({ municipality, partnerType, month, signals, casesOpened }) => ({ municipality, partnerType, month, signals, casesOpened }));
    expect(rows).toEqual([
      // the smallest other cell is withheld too: the totals minus the visible rows would reveal the 1
      { municipality: '0160', partnerType: 'RENT', month: '2026-11', signals: null, casesOpened: null },
      { municipality: '0175', partnerType: 'RENT', month: '2026-10', signals: 2, casesOpened: 2 },
      { municipality: '0175', partnerType: 'RENT', month: '2026-11', signals: null, casesOpened: null },
      { municipality: '0175', partnerType: 'WATER', month: '2026-10', signals: 2, casesOpened: 2 },
    ]);
  });

  it('relates signals to the configured population per month', async () => {
    const { data } = await evaluation(hub, await hub.token(tokens.analyst), { from: '2026-10-01', to: '2026-11-30', municipality: '0175', groupBy: ['MUNICIPALITY'] });
    const [ommen] = data!.evaluation.rows;
    expect(ommen.signals).toBe(5);
    expect(ommen.signalsPer1000Inhabitants).toBeCloseTo((5 / 2 / 18_500) * 1000, 3);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await evaluation(hub, await hub.token(tokens.analyst), { from: '2026-11-01', to: '2026-10-01' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
