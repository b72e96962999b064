import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig, PartnerConfig } from '../../config';
import { contactDueBy } from '../../subgraphs/case/domain/deadlines';
import { historyStart } from '../../subgraphs/case/domain/matching';
import { refreshStaleCells } from '../../subgraphs/evaluation/jobs/refresh-cells';
import { householdKey } from '../../subgraphs/evaluation/domain/pseudonym';
import { subgraphs } from '../../subgraphs';
import { Household } from '../../subgraphs/household/entities/household.entity';
import { Resident } from '../../subgraphs/household/entities/resident.entity';
import { SignalLink } from '../../subgraphs/household/entities/signal-link.entity';
import { bsnLookup, lookupHash } from '../../subgraphs/household/domain/lookup-hash';
import { addressKeyText } from '../../subgraphs/shared/address';
import { uuidArray } from '../../subgraphs/shared/batch-loader';
import { openOrm } from '../../subgraphs/shared/db';
import { personalDataCipher } from '../../subgraphs/shared/personal-data-cipher';
import { lockEach } from '../../subgraphs/shared/locks';
import { insertRows } from '../../subgraphs/shared/write-rows';
import { payloadHash } from '../../subgraphs/signal/domain/payload-hash';
import { validateSignal } from '../../subgraphs/signal/domain/validate-signal';
import type { SignalInput } from '../../subgraphs/signal/resolvers/signal.inputs';

export interface PlainIntakeResult { signals: number; seconds: number; perSecond: number; statementsPerBatch: number }

/**
 * The bound the hub's intake is measured against: the same signals taken from a partner's batch
 * to households, residents, cases and evaluation facts by one process with a few set-based
 * statements per batch of `batchSize`, in one transaction per batch, `lanes` batches at a time
 * (batches that share an address take turns, by lock), on a database of its own
 * (same migrations, same PostgreSQL). It does what the hub does for the bench's signals, with the
 * hub's own validation, payload hash, lookup hashes, pseudonym and row-bound encryption
 * (`insertRows`, as matching writes); no GraphQL, no job queue, no locks, no ORM unit of work.
 * What it leaves out (bench/README.md): a resident without a BSN is never matched to a stored one;
 * a known household's street and city and a known resident's contact data are not updated; a
 * repeat within one batch is not seen; merged households in the facts are not followed.
 */
export async function plainIntake(databaseUrl: string, config: HubConfig, partner: PartnerConfig, inputs: SignalInput[], lanes = 2, batchSize = 1000): Promise<PlainIntakeResult> {
  const cipher = personalDataCipher(config.privacy.personalData);
  // The household subgraph's ORM: its metadata tells insertRows which columns to encrypt, and for which table.
  const orm = await openOrm(databaseUrl, subgraphs.household.database, lanes, cipher);
  let statements = 0;
  let batches = 0;
  const count = (em: EntityManager) => {
    const execute = em.execute.bind(em);
    em.execute = ((...args: Parameters<typeof execute>) => { statements += 1; return execute(...args); }) as typeof em.execute;
    return em;
  };
  const started = performance.now();
  let accepted = 0;
  // `lanes` batches at a time, each on its own connection (one keeps a CPU busy while the other's statements run).
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    for (let from = next; from < inputs.length; from = next) {
      next += batchSize;
      batches += 1;
      await orm.em.fork().transactional((tx) => intakeBatch(count(tx), config, partner, inputs.slice(from, from + batchSize)).then((n) => { accepted += n; }));
    }
  }));
  // The evaluation's cells recomputed once from the facts, with the evaluation's own cell queries.
  await orm.em.fork().transactional((tx) => refreshStaleCells({}, { em: count(tx), config } as never));
  const seconds = (performance.now() - started) / 1000;
  await orm.close(true);
  return { signals: accepted, seconds, perSecond: accepted / seconds, statementsPerBatch: statements / batches };
}

/** One batch: 13 statements whatever its size. Returns how many signals it stored. */
async function intakeBatch(em: EntityManager, config: HubConfig, partner: PartnerConfig, inputs: SignalInput[]): Promise<number> {
  const receivedAt = new Date();
  const today = receivedAt.toISOString().slice(0, 10);
  const signals = inputs.flatMap((input) => {
    const valid = validateSignal(input, today, config.municipalities);
    if ('code' in valid) return [];
    const norms = config.municipalities.find((m) => m.code === valid.municipalityCode)!;
    return [{
      id: randomUUID(), valid, norms, hash: payloadHash(config.privacy.lookupHashKey, valid),
      addressKey: lookupHash(config, addressKeyText(valid.resident.address)), bsnHash: valid.resident.bsn ? bsnLookup(config, valid.resident.bsn) : undefined,
    }];
  });
  if (signals.length === 0) return 0;
  const stored: Array<{ id: string }> = await em.execute(`
    insert into signal.signal (id, partner_code, external_id, partner_type, municipality_code, signal_date, arrears_since, amount_euro,
                               crisis, warm_handover, received_at, status, payload_hash, case_closed)
    select id, partner_code, external_id, partner_type, municipality_code, signal_date, arrears_since, amount_euro,
           crisis, warm_handover, received_at, status, payload_hash, false
      from jsonb_populate_recordset(null::signal.signal, ?::jsonb)
    on conflict (partner_code, external_id) do nothing returning id`,
  [JSON.stringify(signals.map(({ id, valid, hash }) => ({
    id, partner_code: partner.code, external_id: valid.externalId, partner_type: partner.type, municipality_code: valid.municipalityCode,
    signal_date: valid.signalDate, arrears_since: valid.arrearsSince, amount_euro: valid.amountEuro, crisis: valid.crisis,
    warm_handover: valid.warmHandover, received_at: receivedAt, status: 'NOT_YET_PICKED_UP', payload_hash: hash,
  })))]);
  const fresh = new Set(stored.map((s) => s.id));
  const batch = signals.filter((s) => fresh.has(s.id));
  // Batches at the same time that share an address take turns (as the hub's matching does), so a household is inserted once.
  await lockEach(em, batch.map((s) => `address:${s.addressKey}`));

  // Households by canonical address key: the known ones read, the new ones inserted with their address encrypted for their row.
  const known = new Map((await em.execute<Array<{ id: string; address_key: string }>>(
    'select id, address_key from household.household where address_key = any(?::text[])', [`{${[...new Set(batch.map((s) => s.addressKey))].join(',')}}`],
  )).map((h) => [h.address_key, h.id]));
  const newHouseholds: Array<Record<string, unknown>> = [];
  for (const { valid, addressKey } of batch) {
    if (known.has(addressKey)) continue;
    const id = randomUUID();
    known.set(addressKey, id);
    const { postcode, houseNumber, houseNumberSuffix, street, city } = valid.resident.address;
    newHouseholds.push({ id, municipalityCode: valid.municipalityCode, addressKey, postcode, houseNumber, houseNumberSuffix, street, city, createdAt: receivedAt });
  }
  await insertRows(em, Household, newHouseholds, 'on conflict (address_key) do nothing');

  // Residents by BSN hash within their household: the known ones read, the new ones inserted encrypted.
  const householdIds = [...new Set(batch.map((s) => known.get(s.addressKey)!))];
  const residentOf = new Map((await em.execute<Array<{ id: string; household_id: string; bsn_hash: string }>>(
    'select id, household_id, bsn_hash from household.resident where household_id = any(?::uuid[]) and bsn_hash is not null', [uuidArray(householdIds)],
  )).map((r) => [`${r.household_id}|${r.bsn_hash}`, r.id]));
  const newResidents: Array<Record<string, unknown>> = [];
  const links: Array<Record<string, unknown>> = [];
  for (const { id: signalId, valid, addressKey, bsnHash } of batch) {
    const householdId = known.get(addressKey)!;
    const key = bsnHash ? `${householdId}|${bsnHash}` : undefined;
    let residentId = key ? residentOf.get(key) : undefined;
    if (!residentId) {
      residentId = randomUUID();
      if (key) residentOf.set(key, residentId);
      const { bsn, initials, surnamePrefix, surname, birthDate, phone, email } = valid.resident;
      newResidents.push({ id: residentId, householdId, municipalityCode: valid.municipalityCode, bsn, bsnHash, initials, surnamePrefix, surname, birthDate, phone, email });
    }
    links.push({ signalId, householdId, residentId });
  }
  await insertRows(em, Resident, newResidents);
  await insertRows(em, SignalLink, links);

  // Matching (DOMAIN.md): below threshold, repeat (earlier handled signals) and consecutive (an earlier signal of the
  // household in the database, or earlier in this batch: those are in memory already, as in the hub).
  const earlierInBatch = new Map<string, string[]>();
  const rows = batch.map(({ id, valid, norms, addressKey }, ord) => {
    const householdId = known.get(addressKey)!;
    const since = historyStart({ signalDate: valid.signalDate, receivedAt: receivedAt.toISOString() } as never, norms).signalDate;
    const dates = earlierInBatch.get(householdId) ?? [];
    earlierInBatch.set(householdId, [...dates, valid.signalDate]);
    return {
      ord, signal_id: id, household_id: householdId, household_key: householdKey(householdId, config.privacy.evaluationPseudonymKey),
      partner_code: partner.code, partner_type: partner.type, municipality_code: valid.municipalityCode, signal_date: valid.signalDate,
      arrears_since: valid.arrearsSince, amount_euro: valid.amountEuro, crisis: valid.crisis, received_at: receivedAt, history_since: since,
      // One receivedAt per batch: an earlier signal of the batch counts when its date lies in the 6 months before.
      consecutive_in_batch: dates.some((d) => d >= since && d < valid.signalDate),
      minimum_amount: norms.minimumAmountEuro, repeat_window_days: norms.repeatWindowDays,
      due: contactDueBy(today, false, norms), crisis_due: contactDueBy(today, true, norms),
    };
  });
  await em.execute(`
    create temp table intake_batch on commit drop as
    select v.*, false as opened_case,
           v.ord = min(v.ord) filter (where v.status = 'NOT_YET_PICKED_UP') over (partition by v.household_id) as first_to_pick_up
    from (
      select b.*,
        case when b.amount_euro < b.minimum_amount then 'NOT_PICKED_UP_INVALID'
             when exists (select from casework.case_signals s where s.household_id = b.household_id and s.partner_code = b.partner_code
                            and s.arrears_since = b.arrears_since and s.status not in ('NOT_YET_PICKED_UP', 'WITHDRAWN')
                            and s.received_at >= b.received_at - make_interval(days => b.repeat_window_days) and s.received_at <= b.received_at
                            and b.amount_euro <= s.amount_euro) then 'NOT_PICKED_UP_REPEAT'
             else 'NOT_YET_PICKED_UP' end as status,
        b.consecutive_in_batch or exists (select from casework.case_signals s where s.household_id = b.household_id and s.signal_date >= b.history_since
                                            and (s.signal_date < b.signal_date or s.received_at < b.received_at)) as consecutive
      from jsonb_to_recordset(?::jsonb) as b(ord int, signal_id uuid, household_id uuid, household_key text, partner_code text,
        partner_type text, municipality_code text, signal_date date, arrears_since date, amount_euro int, crisis boolean, received_at timestamptz,
        history_since date, consecutive_in_batch boolean, minimum_amount int, repeat_window_days int, due date, crisis_due date)
    ) as v`, [JSON.stringify(rows)]);

  // A case opened for every household with a signal to pick up and no open case; its first signal opened it.
  await em.execute(`
    with opened as (
      insert into casework.cases (id, municipality_code, household_id, status, opened_at, contact_due_by, multiple, crisis, urgency_rank)
      select gen_random_uuid(), min(municipality_code), household_id, 'OPEN', min(received_at), min(case when crisis then crisis_due else due end),
             count(distinct partner_type) >= 2, bool_or(crisis), case when bool_or(crisis) then 0 else 1 end
        from intake_batch b where status = 'NOT_YET_PICKED_UP'
         and not exists (select from casework.cases c where c.household_id = b.household_id and c.status <> 'CLOSED')
       group by household_id
      returning household_id
    )
    update intake_batch b set opened_case = true from opened o
     where b.household_id = o.household_id and b.first_to_pick_up`);
  // Open cases joined: multiple with two partner types, crisis (and its earlier deadline) with a crisis signal.
  await em.execute(`
    update casework.cases c set multiple = j.multiple, crisis = c.crisis or j.crisis, urgency_rank = case when c.crisis or j.crisis then 0 else c.urgency_rank end,
           contact_due_by = case when j.crisis and not c.crisis then least(c.contact_due_by, j.crisis_due) else c.contact_due_by end
      from (select c.id, bool_or(b.crisis) as crisis, min(b.crisis_due) as crisis_due,
                   (select count(distinct t) from (select partner_type as t from casework.case_signals s where s.case_id = c.id
                                                   union select unnest(array_agg(b.partner_type))) as types) >= 2 as multiple
              from intake_batch b join casework.cases c on c.household_id = b.household_id and c.status <> 'CLOSED'
             where b.status = 'NOT_YET_PICKED_UP' and not b.opened_case group by c.id) j
     where c.id = j.id and (c.multiple, c.crisis) is distinct from (j.multiple, c.crisis or j.crisis)`);
  // The case signals, and the evaluation's pseudonymous facts of the signals and of the cases they opened.
  await em.execute(`
    with attached as (
      insert into casework.case_signals (signal_id, case_id, household_id, municipality_code, partner_type, partner_code, amount_euro,
                                         arrears_since, signal_date, received_at, crisis, status, consecutive)
      select b.signal_id, c.id, b.household_id, b.municipality_code, b.partner_type, b.partner_code, b.amount_euro,
             b.arrears_since, b.signal_date, b.received_at, b.crisis, b.status, b.consecutive
        from intake_batch b left join casework.cases c on c.household_id = b.household_id and c.status <> 'CLOSED' and b.status = 'NOT_YET_PICKED_UP'
      returning signal_id, case_id
    ), facts as (
      insert into evaluation.signal_facts (signal_id, municipality_code, partner_type, signal_date, received_on, amount_euro, household_key,
                                           case_id, opened_case, status, consecutive)
      select b.signal_id, b.municipality_code, b.partner_type, b.signal_date, b.received_at::date, b.amount_euro, b.household_key,
             a.case_id, b.opened_case, b.status, b.consecutive
        from intake_batch b join attached a using (signal_id)
    )
    insert into evaluation.case_facts (case_id, municipality_code, partner_type, opened_on, received_on)
    select a.case_id, b.municipality_code, b.partner_type, b.signal_date, b.received_at::date
      from intake_batch b join attached a using (signal_id) where b.opened_case`);
  // Every signal of a case with two or more partner types counts as a multiple signal.
  await em.execute(`
    update evaluation.signal_facts set in_multiple_case = true
     where case_id in (select distinct c.id from intake_batch b join casework.cases c on c.household_id = b.household_id and c.status <> 'CLOSED' where c.multiple)
       and not in_multiple_case`);
  await em.execute(`
    insert into evaluation.stale_cells (kind, month, municipality_code, partner_type)
    select distinct kind, date_trunc('month', d)::date, municipality_code, partner_type
      from intake_batch, lateral (values ('signal', signal_date), ('case', case when opened_case then signal_date end)) as k(kind, d) where d is not null
    order by 1, 2, 3, 4
    on conflict do nothing`);
  // The partner's feedback: signals that opened no case.
  await em.execute(`update signal.signal s set status = b.status from intake_batch b where s.id = b.signal_id and b.status <> 'NOT_YET_PICKED_UP'`);
  return batch.length;
}
