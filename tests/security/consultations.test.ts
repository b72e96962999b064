import { randomUUID } from 'node:crypto';
import { tasks } from '../../subgraphs/shared/job-contracts';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { addCaseNote, caseOfSignal, pickUpCase, recordContactAttempt, reportAndMatch, succeeded } from '../support/operations';
import { enqueue } from '../support/queue';

/** GDPR art. 15: every logged access that concerns a resident is among their consultations. */
describe("a resident's consultations", () => {
  let hub: TestHub;
  let officer: string;
  let residentId: string;
  const bsn = '123456782';

  const consultations = async () => {
    type Consultation = { at: string; action: string; fields: string[]; actor: string; actorRole: string; purpose: string; result: string };
    const data = await succeeded(hub.graphql<{ residentConsultations: Consultation[] }>(officer, 'query ($id: ID!) { residentConsultations(residentId: $id) { at action fields actor actorRole purpose result } }', { id: residentId }));
    return data.residentConsultations;
  };

  beforeAll(async () => {
    // note-review: a purpose of this municipality's own, configured for its consultants.
    hub = await startTestHub({ env: { PURPOSES: JSON.stringify({ consultant: ['casework', 'warm-handover', 'note-review'] }) } });
    officer = await hub.token(tokens.privacyOfficer);
    const consultant = await hub.token(tokens.consultantOmmen);
    const [signal] = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { bsn, surname: 'Visser' } })]);
    const caseId = (await caseOfSignal(hub, consultant, signal.id)).id;
    await pickUpCase(hub, consultant, caseId);
    await addCaseNote(hub, consultant, caseId, 'Mrs Visser works nights');
    await recordContactAttempt(hub, consultant, caseId, { channel: 'PHONE', reached: true, date: '2026-11-26', note: 'Call back after 14:00' });
    await hub.graphql(consultant, 'query ($id: ID!) { case(id: $id) { notes { text } contactAttempts { note } } }', { id: caseId }, { 'x-purpose': 'note-review' });
    const pull = await fetch(`${hub.url}/ddas/v1/gegevens`, {
      method: 'POST', headers: { authorization: `Bearer ${await hub.token(tokens.cbs)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ aanleverperiodeStartdatum: '2026-11-01', aanleverperiodeEinddatum: '2026-11-30' }),
    });
    expect(pull.status).toBe(200);
    await hub.waitForJobs();
    const found = await succeeded(hub.graphql<{ findResidents: Array<{ id: string }> }>(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn }));
    residentId = found.findResidents[0].id;
  });
  afterAll(() => hub.close());

  it('include the reads of their case notes and contact-attempt notes', async () => {
    const fields = (await consultations()).filter((c) => c.purpose === 'note-review').flatMap((c) => c.fields);
    expect(fields).toEqual(expect.arrayContaining(['Case.notes', 'CaseNote.text', 'ContactAttempt.note']));
  });

  it('include the DDAS delivery, which reaches the resident through the signal', async () => {
    const ddas = (await consultations()).filter((c) => c.actorRole === 'cbs');
    expect(ddas.flatMap((c) => c.fields)).toEqual(expect.arrayContaining(['Signal.resident', 'Resident.bsn']));
    expect(ddas.every((c) => c.purpose === 'ddas-monitoring')).toBe(true);
  });

  it('leave out no logged access: here every record concerns this one resident', async () => {
    const logged = Number((await hub.db.query('select count(*) from household.access_log')).rows[0].count);
    expect((await consultations()).length).toBe(logged);
  });

  it('count a redelivered access-log job once', async () => {
    const before = Number((await hub.db.query('select count(*) from household.access_log')).rows[0].count);
    const job = {
      batchId: randomUUID(),
      records: [{
        at: new Date().toISOString(), action: 'read', objectType: 'Resident', objectId: residentId, fields: ['Resident.surname'], result: 'allowed' as const,
        origin: '127.0.0.1', actorSub: 'consultant-ommen', actorRole: 'consultant', purpose: 'casework', traceId: randomUUID(),
      }],
    };
    await enqueue(hub, tasks.recordAccess, [job, job]);
    expect(Number((await hub.db.query('select count(*) from household.access_log')).rows[0].count)).toBe(before + 1);
  });
});
