import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseOutcome } from '../../subgraphs/shared/enums';
import { aSignal, tokens, type SignalInputFixture } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { closeCase, pickUpCase, reportSignals, withdrawSignal, succeeded, type Connection } from '../support/operations';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'ddas', 'json_schema_Uitwisselmodel.json'), 'utf8'));
const validate = addFormats(new Ajv2020({ allErrors: true, strict: false }) as any).compile(schema);

type Fate = { outcome?: CaseOutcome; pickUp: boolean };
type Withdrawal = 'none' | 'beforePickUp' | 'afterPickUp' | 'afterClose';
interface Scenario { fate: Fate; withdrawal: Withdrawal; second: boolean; repeat: boolean; a: SignalInputFixture; b?: SignalInputFixture; again?: SignalInputFixture }

const fates: Fate[] = [{ pickUp: false }, { pickUp: true }, ...Object.values(CaseOutcome).flatMap((outcome) => [{ outcome, pickUp: false }, { outcome, pickUp: true }])];
const withdrawals: Withdrawal[] = ['none', 'beforePickUp', 'afterPickUp', 'afterClose'];

describe('every DDAS delivery is consistent with its cases, whatever consultants and partners did', () => {
  let hub: TestHub;
  const scenarios: Scenario[] = [];
  const refusedWithdrawals: Array<{ code?: string }> = [];

  beforeAll(async () => {
    hub = await startTestHub();
    const rent = await hub.token(tokens.vechtdalWonen);
    const water = await hub.token(tokens.vitens);
    const consultant = await hub.token(tokens.consultantOmmen);
    let house = 1;
    for (const fate of fates) {
      for (const withdrawal of withdrawals) {
        if (withdrawal === 'afterPickUp' && !fate.pickUp) continue;
        // The refusal does not depend on how the case was closed: once per outcome.
        if (withdrawal === 'afterClose' && (!fate.outcome || fate.pickUp)) continue;
        // A second partner's signal matters where a withdrawal could leave the case without active signals.
        for (const second of withdrawal === 'beforePickUp' ? [false, true] : [false]) {
          const address = { postcode: '7731 AB', houseNumber: house++ };
          const a = aSignal({ signalDate: '2026-11-20', arrearsSince: '2026-10-01', amountEuro: 300, resident: { address } });
          const b = second ? aSignal({ signalDate: '2026-11-21', resident: { address } }) : undefined;
          scenarios.push({ fate, withdrawal, second, repeat: !!fate.outcome && !second, a, b });
        }
      }
    }
    const send = async (token: string, signals: SignalInputFixture[]) => {
      for (let i = 0; i < signals.length; i += 500) {
        const response = await reportSignals(hub, token, signals.slice(i, i + 500));
        expect(response.data?.reportSignals.rejected).toEqual([]);
      }
      await hub.waitForJobs();
    };
    await send(rent, scenarios.map((s) => s.a));
    await send(water, scenarios.flatMap((s) => (s.b ? [s.b] : [])));
    const caseIdOf = await casesBySignal(hub, consultant);
    const withdraw = async (stage: Withdrawal) => {
      await inParallel(scenarios.filter((x) => x.withdrawal === stage), async (s) => {
        const response = await withdrawSignal(hub, rent, s.a.externalId, 'PAID');
        if (stage === 'afterClose') refusedWithdrawals.push({ code: response.errors?.[0]?.extensions?.code });
      });
      await hub.waitForJobs();
    };
    const idOf = new Map<string, string>();
    for (const edge of (await succeeded(hub.graphql<{ mySignals: { edges: Array<{ node: { id: string; externalId: string } }> } }>(rent, '{ mySignals(first: 100) { edges { node { id externalId } } } }'))).mySignals.edges) idOf.set(edge.node.externalId, edge.node.id);
    const caseOf = async (s: Scenario) => caseIdOf.get(await signalId(hub, rent, s.a.externalId, idOf));
    await withdraw('beforePickUp');
    await inParallel(scenarios.filter((x) => x.fate.pickUp), async (s) => {
      const id = await caseOf(s);
      if (id) await pickUpCase(hub, consultant, id);
    });
    await hub.waitForJobs();
    await withdraw('afterPickUp');
    await inParallel(scenarios.filter((x) => x.fate.outcome), async (s) => {
      const id = await caseOf(s);
      if (id) await closeCase(hub, consultant, id, s.fate.outcome!);
    });
    await hub.waitForJobs();
    await withdraw('afterClose');
    // A repeat: the same partner, the same arrears, the amount not grown, after the case was handled.
    for (const s of scenarios.filter((x) => x.repeat)) s.again = aSignal({ signalDate: '2026-11-24', arrearsSince: '2026-10-01', amountEuro: 300, resident: s.a.resident });
    await send(rent, scenarios.flatMap((s) => (s.again ? [s.again] : [])));
  }, 300_000);
  afterAll(() => hub.close());

  it('refuses to withdraw a signal whose case was closed', () => {
    expect(refusedWithdrawals.length).toBeGreaterThan(0);
    expect(refusedWithdrawals.every((r) => r.code === 'INVALID_TRANSITION')).toBe(true);
  });

  it('gives every signal in a case the status its case gives it, and validates', async () => {
    const response = await fetch(`${hub.url}/ddas/v1/gegevens`, {
      method: 'POST', headers: { authorization: `Bearer ${await hub.token(tokens.cbs)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ aanleverperiodeStartdatum: '2026-11-01', aanleverperiodeEinddatum: '2026-11-30' }),
    });
    expect(response.status).toBe(200);
    const { gegevens } = (await response.json()) as any;
    expect(validate(gegevens)).toBe(true);
    const signals = new Map<string, any>(gegevens.leveringen.flatMap((l: any) => l.vroegsignalen.map((s: any) => [s.ID, s])));
    const sent = scenarios.reduce((n, s) => n + 1 + (s.b ? 1 : 0) + (s.again ? 1 : 0), 0);
    expect(signals.size).toBe(sent);

    const problems: string[] = [];
    const inCase = new Set<string>();
    for (const zaak of gegevens.leveringen.flatMap((l: any) => l.vroegsignaalzaken)) {
      if (zaak.vroegsignalen.length === 0) problems.push(`a case without signals: ${JSON.stringify(zaak)}`);
      const expected = zaak.resultaat ? (isSignaalstatus(zaak.resultaat) ? zaak.resultaat : 'Opgepakt') : zaak.datumOpgepakt ? 'Opgepakt' : 'Nog niet opgepakt';
      if (zaak.resultaat && expected === 'Opgepakt' && !zaak.datumOpgepakt) problems.push(`result ${zaak.resultaat} without a pick-up date`);
      for (const { ID } of zaak.vroegsignalen) {
        inCase.add(ID);
        const status = signals.get(ID)?.status;
        if (status !== expected) problems.push(`signal in a case (${zaak.resultaat ?? '-'}, picked up ${zaak.datumOpgepakt ?? '-'}) has status ${status}, expected ${expected}`);
      }
    }
    for (const [id, signal] of signals) {
      if (!inCase.has(id) && (signal.status === 'Opgepakt' || signal.status === 'Nog niet opgepakt')) problems.push(`signal ${id} outside any case is ${signal.status}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

/** DDAS: an Eindresultaat worded as a Signaalstatus gives its signals that status; any other means "Opgepakt". */
function isSignaalstatus(text: string): boolean {
  return ['Niet opgepakt: onterecht signaal', 'Niet opgepakt: herhaalde melding', 'Niet opgepakt: andere reden', 'Inwoner is overleden',
    'Persoon is geen inwoner (meer) in de gemeente', 'Inwoner al bekend bij schuldhulpverlening'].includes(text);
}

/** Runs the steps of different households side by side, a few at a time, as several consultants would. */
async function inParallel<T>(items: T[], step: (item: T) => Promise<void>, width = 16): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(step));
}

/** Signal id → case id, over every page of the consultant's queue. */
async function casesBySignal(hub: TestHub, consultant: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  let after: string | undefined;
  for (;;) {
    const data = await succeeded(hub.graphql<{ cases: Connection<{ id: string; signals: Array<{ id: string }> }> }>(consultant, 'query ($after: String) { cases(first: 100, after: $after) { edges { node { id signals { id } } } pageInfo { hasNextPage endCursor } } }', { after }));
    for (const { node } of data.cases.edges) for (const s of node.signals) map.set(s.id, node.id);
    if (!data.cases.pageInfo.hasNextPage) return map;
    after = data.cases.pageInfo.endCursor;
  }
}

async function signalId(hub: TestHub, partner: string, externalId: string, known: Map<string, string>): Promise<string> {
  if (known.has(externalId)) return known.get(externalId)!;
  let after: string | undefined;
  for (;;) {
    const data = await succeeded(hub.graphql<{ mySignals: Connection<{ id: string; externalId: string }> }>(partner, 'query ($after: String) { mySignals(first: 100, after: $after) { edges { node { id externalId } } pageInfo { hasNextPage endCursor } } }', { after }));
    for (const { node } of data.mySignals.edges) known.set(node.externalId, node.id);
    if (known.has(externalId) || !data.mySignals.pageInfo.hasNextPage) return known.get(externalId)!;
    after = data.mySignals.pageInfo.endCursor;
  }
}
