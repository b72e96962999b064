import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { closeCase, listCases, partnerView, reportSignals, succeeded, withdrawSignal } from '../support/operations';

const rounds = 40;

/**
 * A partner withdraws a signal while a consultant closes its case, at the same moment, many times
 * over. Whichever came first wins and the other is refused as the client's error (the partner's call
 * waits for the case subgraph's answer, so it hears of a close that crossed it); nothing is lost
 * or half applied; the partner's view, the case and the DDAS delivery then tell one story.
 */
describe('a withdrawal racing the close of its case', () => {
  let hub: TestHub;
  const results: Array<{ externalId: string; caseId: string; close: { ok: boolean; code?: string }; withdraw: { ok: boolean; code?: string } }> = [];

  beforeAll(async () => {
    hub = await startTestHub();
    const partner = await hub.token(tokens.vechtdalWonen);
    const consultant = await hub.token(tokens.consultantOmmen);
    const signals = Array.from({ length: rounds }, (_, i) => aSignal({ resident: { address: { postcode: '7733 RC', houseNumber: i + 1 } } }));
    expect((await succeeded(reportSignals(hub, partner, signals))).reportSignals.rejected).toEqual([]);
    await hub.waitForJobs();
    const cases = (await succeeded(listCases(hub, consultant))).cases.edges.map((e) => e.node);
    const outcome = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => ({ ok: !r.errors, code: r.errors?.[0]?.extensions?.code });
    for (const [i, signal] of signals.entries()) {
      const caseId = cases.find((c) => c.signals.some((s) => s.externalId === signal.externalId))!.id;
      // Both at once, the close a little later in some rounds: the withdrawal's job in the case
      // subgraph runs before, while or after the close is under way.
      const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const [close, withdraw] = await Promise.all([
        later((i % 5) * 25).then(() => closeCase(hub, consultant, caseId, 'FOLLOW_UP_HELP')), withdrawSignal(hub, partner, signal.externalId, 'PAID'),
      ]);
      results.push({ externalId: signal.externalId, caseId, close: outcome(close), withdraw: outcome(withdraw) });
    }
    await hub.waitForJobs();
  }, 240_000);
  afterAll(() => hub.close());

  it('refuses the loser as a client error, never an internal one', () => {
    for (const { close, withdraw } of results) {
      expect([close.ok, withdraw.ok].filter(Boolean)).toHaveLength(1);
      for (const refused of [close, withdraw].filter((r) => !r.ok)) expect(refused.code).toBe('INVALID_TRANSITION');
    }
  });

  it('leaves one winner: the consultant\'s outcome with its signal status, or the withdrawal that closed the case', async () => {
    const consultant = await hub.token(tokens.consultantOmmen);
    const partner = await hub.token(tokens.vechtdalWonen);
    const cases = new Map((await succeeded(listCases(hub, consultant))).cases.edges.map((e) => [e.node.id, e.node]));
    const problems: string[] = [];
    for (const { externalId, caseId, close, withdraw } of results) {
      const kase = cases.get(caseId)!;
      const signal = await partnerView(hub, partner, externalId);
      const story = `close ${close.ok ? 'ok' : close.code}, withdraw ${withdraw.ok ? 'ok' : withdraw.code}: case ${kase.outcome}, signal ${signal?.status}/${signal?.feedback}`;
      if (kase.status !== 'CLOSED') problems.push(`not closed (${story})`);
      else if (kase.outcome === 'FOLLOW_UP_HELP') {
        // The consultant won: the signal has the case's status; a withdrawal that crossed it on the way was refused.
        if (!close.ok || withdraw.ok || signal?.status !== 'PICKED_UP' || signal.withdrawalReason !== null || kase.signals[0].status !== 'PICKED_UP') problems.push(story);
      } else if (kase.outcome === 'ALREADY_PAID_OR_ARRANGED') {
        // The withdrawal won and closed the case itself: the consultant's close was refused.
        if (close.ok || !withdraw.ok || signal?.status !== 'WITHDRAWN' || kase.signals[0].status !== 'WITHDRAWN') problems.push(story);
      } else problems.push(`unexpected outcome (${story})`);
    }
    expect(problems).toEqual([]);
  });

  it('delivers to CBS what the cases say', async () => {
    const response = await fetch(`${hub.url}/ddas/v1/gegevens`, {
      method: 'POST', headers: { authorization: `Bearer ${await hub.token(tokens.cbs)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ aanleverperiodeStartdatum: '2026-11-01', aanleverperiodeEinddatum: '2026-11-30' }),
    });
    expect(response.status).toBe(200);
    const { gegevens } = (await response.json()) as any;
    const status = new Map<string, string>(gegevens.leveringen.flatMap((l: any) => l.vroegsignalen.map((s: any) => [s.ID, s.status])));
    const problems: string[] = [];
    for (const zaak of gegevens.leveringen.flatMap((l: any) => l.vroegsignaalzaken)) {
      for (const { ID } of zaak.vroegsignalen) if (status.get(ID) !== 'Opgepakt') problems.push(`${zaak.resultaat}: ${status.get(ID)}`);
    }
    expect(problems).toEqual([]);
  });
});
