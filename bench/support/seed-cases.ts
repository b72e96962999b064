import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { HubConfig } from '../../config';
import { lookupHash } from '../../subgraphs/household/domain/lookup-hash';
import { personalDataCipher } from '../../subgraphs/shared/personal-data-cipher';
import { aBsn } from '../../tests/support/builders';

export interface CaseSeed {
  /** Households of the municipality, one case each. */
  cases: number;
  signalsPerCase: number;
  residentsPerHousehold: number;
  municipality: string;
}

const partners = [
  { code: 'vechtdal-wonen', type: 'RENT' },
  { code: 'zilveren-kruis', type: 'HEALTH_INSURANCE' },
  { code: 'vitens', type: 'WATER' },
];
const surnames = ['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters'];

/**
 * What matching would have stored, written straight with SQL (the hub's intake is its own
 * benchmark): households with encrypted, row-bound addresses and residents, their signals in
 * the signal subgraph, and one case per household (80% open, 10% crisis) in the case subgraph.
 */
export async function seedCases(databaseUrl: string, config: HubConfig, seed: CaseSeed): Promise<void> {
  const cipher = personalDataCipher(config.privacy.personalData);
  const seal = (table: string, column: string, rowId: string, value: unknown) =>
    value == null ? null : cipher.encryptFor(JSON.stringify(value), { table, column, rowId });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const chunk = Math.max(1, Math.floor(2000 / seed.signalsPerCase));
  for (let from = 0; from < seed.cases; from += chunk) {
    const households: object[] = [], residents: object[] = [], signals: object[] = [], links: object[] = [], cases: object[] = [], caseSignals: object[] = [];
    for (let i = from; i < Math.min(seed.cases, from + chunk); i++) {
      const household = randomUUID();
      const postcode = `${7730 + (i % 10)}${String.fromCharCode(65 + (Math.floor(i / 10) % 26))}${String.fromCharCode(65 + (Math.floor(i / 260) % 26))}`;
      const houseNumber = 1 + Math.floor(i / 6760);
      households.push({
        id: household, municipality_code: seed.municipality, address_key: lookupHash(config, `${postcode}|${houseNumber}|`),
        postcode: seal('household.household', 'postcode', household, postcode),
        house_number: seal('household.household', 'house_number', household, houseNumber), created_at: '2026-10-01T09:00:00Z',
      });
      const residentIds: string[] = [];
      for (let r = 0; r < seed.residentsPerHousehold; r++) {
        const id = randomUUID();
        residentIds.push(id);
        const bsn = aBsn();
        const at = (column: string, value: unknown) => seal('household.resident', column, id, value);
        residents.push({
          id, household_id: household, municipality_code: seed.municipality, bsn_hash: lookupHash(config, `bsn|${bsn}`), bsn: at('bsn', bsn),
          initials: at('initials', 'J.'), surname: at('surname', surnames[(i + r) % surnames.length]), birth_date: at('birth_date', '1980-04-12'),
          phone: at('phone', '0612345678'), email: at('email', `resident${i}.${r}@example.nl`),
        });
      }
      const kase = randomUUID();
      const open = i % 5 !== 0;
      const crisis = i % 10 === 3;
      const due = new Date(Date.UTC(2026, 10, 1 + (i % 60))).toISOString().slice(0, 10);
      cases.push({
        id: kase, municipality_code: seed.municipality, household_id: household, status: open ? 'OPEN' : 'CLOSED',
        opened_at: '2026-10-01T09:00:00Z', contact_due_by: due, multiple: seed.signalsPerCase > 1, crisis, urgency_rank: crisis ? 0 : 1,
        outcome: open ? null : 'NO_CONTACT_POSSIBLE', closed_at: open ? null : '2026-11-01T09:00:00Z',
      });
      for (let s = 0; s < seed.signalsPerCase; s++) {
        const id = randomUUID();
        const partner = partners[s % partners.length];
        // Spread over the year, as a year of intake would be (the planner sees realistic date statistics).
        const signalDate = new Date(Date.UTC(2026, 0, 1 + ((i * 7 + s * 31) % 330))).toISOString().slice(0, 10);
        const received = `${signalDate}T09:00:00Z`;
        const common = { partner_code: partner.code, partner_type: partner.type, municipality_code: seed.municipality, signal_date: signalDate, arrears_since: '2026-09-01', amount_euro: 100 + ((i + s) % 900), crisis, received_at: received, status: 'NOT_YET_PICKED_UP' };
        signals.push({ id, external_id: `bench-${i}-${s}`, warm_handover: false, payload_hash: id, case_closed: !open, ...common });
        links.push({ signal_id: id, household_id: household, resident_id: residentIds[s % residentIds.length] ?? null });
        caseSignals.push({ signal_id: id, case_id: kase, household_id: household, consecutive: s > 0, ...common });
      }
    }
    await insert(client, 'household.household', households);
    await insert(client, 'household.resident', residents);
    await insert(client, 'household.signal_link', links);
    await insert(client, 'signal.signal', signals);
    await insert(client, 'casework.cases', cases);
    await insert(client, 'casework.case_signals', caseSignals);
  }
  for (const table of ['household.household', 'household.resident', 'household.signal_link', 'signal.signal', 'casework.cases', 'casework.case_signals']) await client.query(`vacuum analyze ${table}`);
  await client.end();
}

/** One statement per table and chunk; columns not given keep their defaults. */
async function insert(client: Client, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).join(', ');
  await client.query(`insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, $1::json)`, [JSON.stringify(rows)]);
}
