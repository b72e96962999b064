import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { startTestHub, type TestHub } from '../support/hub';
import { enqueue } from '../support/queue';
import { PartnerType } from '../../subgraphs/shared/enums';
import { tasks, type MatchSignalJob, type ResidentData } from '../../subgraphs/shared/job-contracts';
import { personalDataCipher } from '../../subgraphs/shared/personal-data-cipher';

const ommenWithMinimum = JSON.stringify([
  { code: '0175', name: 'Ommen', population: 18500, postcodeRanges: [[7730, 7739]], minimumAmountEuro: 75 },
  { code: '0160', name: 'Hardenberg', population: 61800, postcodeRanges: [[7690, 7699], [7770, 7799]] },
]);

const partners = [['vechtdal-wonen', PartnerType.RENT], ['vitens', PartnerType.WATER], ['zilveren-kruis', PartnerType.HEALTH_INSURANCE]] as const;
const people: Array<Omit<ResidentData, 'address'>> = [
  { surname: 'Jansen', bsn: '111222333', initials: 'J' },
  { surname: 'jansen', initials: 'J', birthDate: '1970-01-01' },
  { surname: 'Smit', birthDate: '1980-05-05', phone: '0612345678' },
];

/** A signal of a small world: few addresses, people, partners, amounts and dates, so the rules meet. */
const aSignalSpec = fc.record({
  house: fc.integer({ min: 1, max: 3 }),
  suffix: fc.constantFrom(undefined, 'a'),
  street: fc.constantFrom(undefined, 'Markt', 'Kerkstraat'),
  person: fc.integer({ min: 0, max: people.length - 1 }),
  email: fc.constantFrom(undefined, 'a@example.org', 'b@example.org'),
  partner: fc.integer({ min: 0, max: partners.length - 1 }),
  amountEuro: fc.constantFrom(50, 100, 450),
  arrearsSince: fc.constantFrom('2026-09-01', '2026-10-01'),
  signalDate: fc.constantFrom('2026-03-15', '2026-10-20', '2026-11-20'),
  crisis: fc.boolean(),
});
type SignalSpec = typeof aSignalSpec extends fc.Arbitrary<infer T> ? T : never;

describe('matching a batch at once', () => {
  let hub: TestHub;
  let postcode = 1000;
  beforeAll(async () => {
    hub = await startTestHub({ env: { MUNICIPALITIES: ommenWithMinimum } });
  });
  afterAll(() => hub.close());

  /** The match jobs a partner's call would queue, for addresses under `postcodeDigits`. */
  const jobsFor = (specs: SignalSpec[], postcodeDigits: number): MatchSignalJob[] => specs.map((s, i) => {
    const [partnerCode, partnerType] = partners[s.partner];
    const resident: ResidentData = {
      ...people[s.person], email: s.email,
      address: { postcode: `${postcodeDigits} AB`, houseNumber: s.house, houseNumberSuffix: s.suffix, street: s.street, city: s.street && 'Ommen' },
    };
    return {
      signalId: randomUUID(), partnerCode, partnerType, municipalityCode: '0175', receivedAt: new Date(Date.UTC(2026, 10, 25, 10, i)).toISOString(),
      signalDate: s.signalDate, arrearsSince: s.arrearsSince, amountEuro: s.amountEuro, crisis: s.crisis, warmHandover: false,
      sealedResident: personalDataCipher(hub.config.privacy.personalData).encryptJson(resident),
    };
  });

  /** What matching made of these signals, with ids replaced by the first signal (in order) that has them. */
  const outcome = async (signalIds: string[]) => {
    const rows = async (sql: string) => (await hub.db.query(sql, [signalIds])).rows;
    const bySignal = <T extends { signal_id: string }>(list: T[]) => signalIds.map((id) => list.find((r) => r.signal_id === id)!);
    const label = (values: unknown[]) => values.map((v) => (v == null ? null : values.indexOf(v)));
    const opened = (table: string, column: string, rowId: string, stored: string | null) =>
      stored && JSON.parse(personalDataCipher(hub.config.privacy.personalData).decryptAt(stored, { table, column, rowId }));
    const links = bySignal(await rows(`select l.*, h.street, h.city, h.house_number, r.surname, r.initials, r.birth_date, r.bsn, r.bsn_hash, r.phone, r.email,
      (select count(*)::int from household.resident o where o.household_id = h.id) as residents
      from household.signal_link l join household.household h on h.id = l.household_id join household.resident r on r.id = l.resident_id where l.signal_id = any($1)`));
    const attached = bySignal(await rows(`select s.*, c.multiple, c.crisis as case_crisis, c.urgency_rank, c.contact_due_by, c.status as case_status
      from casework.case_signals s left join casework.cases c on c.id = s.case_id where s.signal_id = any($1)`));
    const facts = bySignal(await rows('select * from evaluation.signal_facts where signal_id = any($1)'));
    return {
      households: label(links.map((l) => l.household_id)),
      residents: label(links.map((l) => l.resident_id)),
      cases: label(attached.map((s) => s.case_id)),
      factCases: label(facts.map((f) => f.case_id)),
      factHouseholds: label(facts.map((f) => f.household_key)),
      signals: signalIds.map((_, i) => {
        const [l, s, f] = [links[i], attached[i], facts[i]];
        const household = (column: string) => opened('household.household', column, l.household_id, l[column]);
        const resident = (column: string) => opened('household.resident', column, l.resident_id, l[column]);
        return {
          address: [household('house_number'), household('street'), household('city'), l.residents],
          resident: [resident('surname'), resident('initials'), resident('birth_date'), resident('bsn'), !!l.bsn_hash, resident('phone'), resident('email')],
          attached: [s.status, s.consecutive, s.multiple, s.case_crisis, s.urgency_rank, s.contact_due_by, s.case_status],
          fact: [f.status, f.consecutive, f.opened_case, f.in_multiple_case],
        };
      }),
    };
  };

  it('gives the same households, residents, cases and facts as matching each signal in a batch of its own', async () => {
    await fc.assert(fc.asyncProperty(fc.array(aSignalSpec, { minLength: 2, maxLength: 6 }), async (specs) => {
      const together = jobsFor(specs, (postcode += 2));
      const alone = jobsFor(specs, postcode + 1);
      await enqueue(hub, tasks.matchSignals, [{ signals: together }]);
      for (const job of alone) await enqueue(hub, tasks.matchSignals, [{ signals: [job] }]);
      expect(await outcome(together.map((j) => j.signalId))).toEqual(await outcome(alone.map((j) => j.signalId)));
    }), { numRuns: 8 });
  }, 300_000);
});
