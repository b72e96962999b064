import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import {
  addCaseNote, caseOfSignal, closeCase, getCase, listCases, partnerView, pickUpCase, recordContactAttempt, reportAndMatch, succeeded,
} from '../support/operations';

describe("a consultant's day: queue, pick up, contact, note, close", () => {
  let hub: TestHub;
  let ommen: string;
  let colleague: string;
  let rent: string;
  let address = 0;
  const newAddress = () => ({ postcode: '7735 KL', houseNumber: ++address });

  beforeAll(async () => {
    hub = await startTestHub();
    ommen = await hub.token(tokens.consultantOmmen);
    colleague = await hub.token({ role: 'consultant', municipality: '0175', sub: 'colleague-ommen' });
    rent = await hub.token(tokens.vechtdalWonen);
  });
  afterAll(() => hub.close());

  const openCase = async (overrides: Parameters<typeof aSignal>[0] = {}) => {
    const signal = aSignal({ ...overrides, resident: { address: newAddress(), ...overrides.resident } });
    const [stored] = await reportAndMatch(hub, rent, [signal]);
    return { signal, stored, kase: await caseOfSignal(hub, ommen, stored.id) };
  };

  it('sets the deadline by the norms: 14 days, a crisis 3 working days', async () => {
    const normal = await openCase();
    const crisis = await openCase({ crisis: true });
    expect(normal.kase.contactDueBy).toBe('2026-12-10');
    expect(crisis.kase).toMatchObject({ crisis: true, contactDueBy: '2026-12-01' }); // Thursday + 3 working days
  });

  it("shows a case's signals with the facts the partner reported (the case subgraph's copy), to its municipality's consultant only", async () => {
    const { signal, stored } = await openCase({ amountEuro: 1234, arrearsSince: '2026-09-15', signalDate: '2026-11-21' });
    const query = `query One($id: ID!) { case(id: $id) { signals { id externalId partnerType amountEuro arrearsSince signalDate } } }`;
    const kase = await caseOfSignal(hub, ommen, stored.id);
    const seen = (await succeeded(hub.graphql<{ case: { signals: object[] } }>(ommen, query, { id: kase.id }))).case.signals;
    expect(seen).toEqual([{ id: stored.id, externalId: signal.externalId, partnerType: 'RENT', amountEuro: 1234, arrearsSince: '2026-09-15', signalDate: '2026-11-21' }]);
    const hardenberg = await hub.token(tokens.consultantHardenberg);
    const other = await hub.graphql<{ case: unknown }>(hardenberg, query, { id: kase.id });
    expect(other.data?.case ?? null).toBeNull();
  });

  it('orders the queue crisis first, then by nearest deadline, and pages with a cursor', async () => {
    // Its own cases: a crisis between two others (other tests' cases may be there too, in any order of tests).
    await openCase();
    await openCase({ crisis: true });
    await openCase();
    const all = (await listCases(hub, ommen, { status: 'OPEN' })).data!.cases.edges.map((e) => e.node);
    const keys = all.map((c) => [c.crisis ? 0 : 1, c.contactDueBy]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1]))));
    expect(all[0].crisis).toBe(true);
    const page1 = (await listCases(hub, ommen, {}, 1)).data!.cases;
    const page2 = (await listCases(hub, ommen, {}, 1, page1.pageInfo.endCursor)).data!.cases;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);
    expect((await listCases(hub, ommen, { crisis: true })).data!.cases.edges.every((e) => e.node.crisis)).toBe(true);
  });

  it('picks a case up for the calling consultant and marks its signals picked up, for the partner too', async () => {
    const { signal, kase } = await openCase();
    const { data, errors } = await pickUpCase(hub, ommen, kase.id);
    expect(errors).toBeUndefined();
    expect(data!.pickUpCase).toMatchObject({ status: 'PICKED_UP', assignee: 'consultant-ommen', signals: [{ status: 'PICKED_UP' }] });
    expect(data!.pickUpCase.pickedUpAt).toBe('2026-11-26T09:00:00.000Z');
    const mine = (await listCases(hub, ommen, { assignedToMe: true })).data!.cases.edges.map((e) => e.node.id);
    expect(mine).toContain(kase.id);
    expect((await listCases(hub, colleague, { assignedToMe: true })).data!.cases.edges.map((e) => e.node.id)).not.toContain(kase.id);
    await hub.waitForJobs();
    expect(await partnerView(hub, rent, signal.externalId)).toMatchObject({ status: 'PICKED_UP', feedback: 'PICKED_UP' });
  });

  it('records contact attempts, which end being overdue, and refuses dates in the future or before the case', async () => {
    const { kase } = await openCase();
    hub.clock.advanceDays(20);
    try {
      expect((await succeeded(getCase(hub, ommen, kase.id))).case?.overdue).toBe(true);
      expect((await listCases(hub, ommen, { overdue: true })).data!.cases.edges.map((e) => e.node.id)).toContain(kase.id);
      const future = await recordContactAttempt(hub, ommen, kase.id, { channel: 'PHONE', reached: false, date: '2026-12-17' });
      expect(future.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const before = await recordContactAttempt(hub, ommen, kase.id, { channel: 'PHONE', reached: false, date: '2026-11-25' });
      expect(before.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await recordContactAttempt(hub, ommen, kase.id, { channel: 'HOME_VISIT', reached: true, date: '2026-12-03', dayPart: 'EVENING', note: 'Spoke at the door' });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.recordContactAttempt).toMatchObject({
        overdue: false, contactAttempts: [{ channel: 'HOME_VISIT', reached: true, date: '2026-12-03', dayPart: 'EVENING', note: 'Spoke at the door' }],
      });
      expect((await listCases(hub, ommen, { overdue: true })).data!.cases.edges.map((e) => e.node.id)).not.toContain(kase.id);
    } finally {
      hub.clock.set('2026-11-26T09:00:00Z');
    }
  });

  it('adds notes with their author', async () => {
    const { kase } = await openCase();
    const { data } = await addCaseNote(hub, ommen, kase.id, 'Resident asks for a call after 17:00');
    expect(data!.addCaseNote.notes).toEqual([{ text: 'Resident asks for a call after 17:00', author: 'consultant-ommen', createdAt: '2026-11-26T09:00:00.000Z' }]);
    expect((await addCaseNote(hub, ommen, kase.id, '   ')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('closes a case with an outcome, after which it accepts nothing and a new signal opens a new case', async () => {
    const { signal, kase } = await openCase();
    await pickUpCase(hub, ommen, kase.id);
    const closed = await closeCase(hub, ommen, kase.id, 'FOLLOW_UP_HELP_FINANCIAL');
    expect(closed.data!.closeCase).toMatchObject({ status: 'CLOSED', outcome: 'FOLLOW_UP_HELP_FINANCIAL', closedAt: '2026-11-26T09:00:00.000Z' });
    for (const attempt of [
      closeCase(hub, ommen, kase.id, 'NO_CONTACT_POSSIBLE'),
      recordContactAttempt(hub, ommen, kase.id, { channel: 'LETTER', reached: false, date: '2026-11-26' }),
      addCaseNote(hub, ommen, kase.id, 'too late'),
      pickUpCase(hub, ommen, kase.id),
    ]) {
      expect((await attempt).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    }
    const after = (await getCase(hub, ommen, kase.id)).data!.case;
    expect(after).toMatchObject({ status: 'CLOSED', outcome: 'FOLLOW_UP_HELP_FINANCIAL' });
    await hub.waitForJobs();
    expect(await partnerView(hub, rent, signal.externalId)).toMatchObject({ status: 'PICKED_UP', feedback: 'CLOSED' });
    const [again] = await reportAndMatch(hub, rent, [aSignal({ arrearsSince: '2026-11-01', resident: { address: signal.resident.address } })]);
    const next = await caseOfSignal(hub, ommen, again.id);
    expect(next.id).not.toBe(kase.id);
    expect(next.household.id).toBe(kase.household.id);
  });

  it('tells a partner a not-picked-up reason only where the law allows', async () => {
    const known = await openCase();
    await closeCase(hub, ommen, known.kase.id, 'ALREADY_IN_DEBT_SERVICES');
    const deceased = await openCase();
    await closeCase(hub, ommen, deceased.kase.id, 'RESIDENT_DECEASED');
    await hub.waitForJobs();
    const consultantView = (await succeeded(getCase(hub, ommen, known.kase.id))).case?.signals[0].status;
    expect(consultantView).toBe('ALREADY_IN_DEBT_SERVICES');
    expect(await partnerView(hub, rent, known.signal.externalId)).toMatchObject({ status: 'NOT_PICKED_UP_OTHER', feedback: 'NOT_PICKED_UP' });
    expect(await partnerView(hub, rent, deceased.signal.externalId)).toMatchObject({ status: 'RESIDENT_DECEASED', feedback: 'RESIDENT_DECEASED' });
  });

  it('refuses an unknown id and a case of another municipality, and changes nothing', async () => {
    const { kase } = await openCase();
    const hardenberg = await hub.token(tokens.consultantHardenberg);
    for (const response of [
      await pickUpCase(hub, hardenberg, kase.id),
      await closeCase(hub, hardenberg, kase.id, 'NO_CONTACT_POSSIBLE'),
      await addCaseNote(hub, hardenberg, kase.id, 'x'),
      await pickUpCase(hub, ommen, '00000000-0000-4000-8000-000000000000'),
      await pickUpCase(hub, ommen, 'not-an-id'),
    ]) {
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await getCase(hub, ommen, kase.id)).data!.case).toMatchObject({ status: 'OPEN', assignee: null, outcome: null });
    const notes = await hub.db.query('select count(*) from casework.case_notes where case_id = $1', [kase.id]);
    expect(Number(notes.rows[0].count)).toBe(0);
  });
});
