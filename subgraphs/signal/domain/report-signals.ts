import { randomUUID } from 'node:crypto';
import { asEntities } from '../../shared/read-rows';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig, PartnerConfig } from '../../../config';
import { today, type Clock } from '../../shared/clock';
import { SignalStatus } from '../../shared/enums';
import { badInput } from '../../shared/errors';
import { tasks, type MatchSignalJob, type MatchSignalsJob } from '../../shared/job-contracts';
import { traced } from '../../shared/outbox';
import { personalDataCipher } from '../../shared/personal-data-cipher';
import { Signal } from '../entities/signal.entity';
import type { SignalInput } from '../resolvers/signal.inputs';
import { SignalRejection } from '../resolvers/report-signals.result';
import { isSameSignal, payloadHash } from './payload-hash';
import { validateSignal, type ValidSignal } from './validate-signal';

export const maxSignalsPerCall = 1000;

interface Deps { em: EntityManager; clock: Clock; config: HubConfig }

/**
 * Validates a batch, stores the new signals and their follow-up job in one statement, and
 * answers retries with the stored signal. One statement per batch, whatever its size (two when
 * a call races another with the same signals).
 */
export async function reportSignals(partner: PartnerConfig, inputs: SignalInput[], { em, clock, config }: Deps) {
  if (inputs.length > maxSignalsPerCall) throw badInput(`At most ${maxSignalsPerCall} signals per call`);
  const rejected: SignalRejection[] = [];
  const candidates: Candidates = new Map();
  for (const input of inputs) {
    const result = validateSignal(input, today(clock), config.municipalities);
    if ('code' in result) { rejected.push(rejection(input.externalId, result.code, result.message)); continue; }
    const hash = payloadHash(config.privacy.lookupHashKey, result);
    const earlier = candidates.get(result.externalId);
    if (earlier && earlier.hash !== hash) rejected.push(conflict(result.externalId));
    else candidates.set(result.externalId, { signal: result, hash, input });
  }

  const accepted: Signal[] = [];
  // A retry racing its first attempt finds neither its row nor room for it: a second pass then finds the winner's rows.
  for (let pass = 0; pass < 2 && candidates.size > 0; pass++) await storeBatch(em, partner, candidates, { accepted, rejected }, { clock, config });
  if (candidates.size > 0) throw new Error(`${candidates.size} signals were neither stored nor found`);
  return { accepted, rejected };
}

type Candidates = Map<string, { signal: ValidSignal; hash: string; input: SignalInput }>;

/** The columns a new signal is stored with (the others keep their defaults). */
const columns = 'id, partner_code, external_id, partner_type, municipality_code, signal_date, arrears_since, amount_euro, crisis, warm_handover, received_at, status, payload_hash, case_closed';

/**
 * One statement, atomic without a transaction around it: finds the already stored signals,
 * inserts the new ones and enqueues the matching job of those it inserted (the outbox: both or
 * neither), and returns both kinds of rows. A stored signal with the same payload is accepted,
 * another is a conflict. Candidates it answered are removed; one a racing call inserted in the
 * meantime is neither found nor inserted and stays for the caller's second pass.
 */
async function storeBatch(
  em: EntityManager, partner: PartnerConfig, candidates: Candidates,
  out: { accepted: Signal[]; rejected: SignalRejection[] }, { clock, config }: Omit<Deps, 'em'>,
): Promise<void> {
  const receivedAt = clock.now();
  const fresh = [...candidates.values()].map(({ signal, hash }) => ({
    id: randomUUID(), partner_code: partner.code, external_id: signal.externalId, partner_type: partner.type,
    municipality_code: signal.municipalityCode, signal_date: signal.signalDate, arrears_since: signal.arrearsSince,
    amount_euro: signal.amountEuro, crisis: signal.crisis, warm_handover: signal.warmHandover, received_at: receivedAt,
    status: SignalStatus.NOT_YET_PICKED_UP, payload_hash: hash, case_closed: false,
  }));
  const job: MatchSignalsJob = { signals: fresh.map((row) => matchJob(row.id, partner, receivedAt, candidates.get(row.external_id)!.signal, config)) };
  const [spec] = traced([{ task: tasks.matchSignals, key: `match:${fresh[0].id}`, payload: job }]);
  const rows = await em.execute<Array<Record<string, unknown> & { fresh: boolean; queued: number }>>(`
    with sent as (
      select ${columns} from jsonb_populate_recordset(null::signal.signal, ?::jsonb)
    ), stored as (
      select s.* from signal.signal s where s.partner_code = ? and s.external_id in (select external_id from sent)
    ), inserted as (
      insert into signal.signal (${columns})
      select ${columns} from sent where external_id not in (select external_id from stored)
      on conflict (partner_code, external_id) do nothing
      returning *
    ), queued as (
      -- The matching job carries only the signals this statement inserted.
      select graphile_worker.add_job(j->>'task',
               jsonb_set(j->'payload', '{signals}', (select jsonb_agg(m) from jsonb_array_elements(j->'payload'->'signals') as m
                                                      where (m->>'signalId')::uuid in (select id from inserted)))::json,
               job_key => j->>'key', max_attempts => 25)
        from (select ?::jsonb as j) as job where exists (select from inserted)
    )
    select found.*, (select count(*) from queued)::int as queued
      from (select true as fresh, i.* from inserted i union all select false, s.* from stored s) as found
     order by found.external_id`,
  [JSON.stringify(fresh), partner.code, JSON.stringify(spec)]);
  if (rows.some((r) => r.fresh) && rows[0].queued !== 1) throw new Error('The matching job of stored signals was not enqueued');
  const found = asEntities(em, Signal, rows);
  rows.forEach((row, i) => {
    const signal = found[i];
    const candidate = candidates.get(signal.externalId)!;
    candidates.delete(signal.externalId);
    if (row.fresh || isSameSignal(config.privacy.lookupHashKey, signal.payloadHash, candidate.signal, candidate.input)) out.accepted.push(signal);
    else out.rejected.push(conflict(signal.externalId));
  });
}

function matchJob(signalId: string, partner: PartnerConfig, receivedAt: Date, valid: ValidSignal, config: HubConfig): MatchSignalJob {
  return {
    signalId, partnerCode: partner.code, partnerType: partner.type, municipalityCode: valid.municipalityCode,
    receivedAt: receivedAt.toISOString(), signalDate: valid.signalDate, arrearsSince: valid.arrearsSince,
    amountEuro: valid.amountEuro, crisis: valid.crisis, warmHandover: valid.warmHandover,
    sealedResident: personalDataCipher(config.privacy.personalData).encryptJson(valid.resident),
  };
}

function rejection(externalId: string | undefined, code: string, message: string): SignalRejection {
  return Object.assign(new SignalRejection(), { externalId: externalId ?? '', code, message });
}

function conflict(externalId: string): SignalRejection {
  return rejection(externalId, 'DUPLICATE_CONFLICT', 'This externalId was already used for a different signal');
}
