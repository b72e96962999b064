import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { uuidArray } from '../../shared/batch-loader';
import { readRows } from '../../shared/read-rows';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig, PartnerConfig } from '../../../config';
import { today, type Clock } from '../../shared/clock';
import { SignalStatus } from '../../shared/enums';
import { badInput } from '../../shared/errors';
import { tasks, type MatchSignalJob, type MatchSignalsJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import { personalDataCipher } from '../../shared/personal-data-cipher';
import { Signal } from '../entities/signal.entity';
import type { SignalInput } from '../resolvers/signal.inputs';
import { SignalRejection } from '../resolvers/report-signals.result';
import { isSameSignal, payloadHash } from './payload-hash';
import { validateSignal, type ValidSignal } from './validate-signal';

export const maxSignalsPerCall = 1000;

interface Deps { em: EntityManager; clock: Clock; config: HubConfig }

/**
 * Validates a batch, stores the new signals and their follow-up jobs in one transaction,
 * and answers retries with the stored signal. A few statements per batch, whatever its size.
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

  const acceptedIds: string[] = [];
  const store = () => storeBatch(em, partner, candidates, { accepted: acceptedIds, rejected }, { clock, config });
  // A retry racing its first attempt can lose the insert: the second pass then finds the winner's rows.
  await store().catch((error) => {
    if (error instanceof UniqueConstraintViolationException) return store();
    throw error;
  });
  // Read back without the ORM's bookkeeping: the answer only shows them (a personal field is decrypted when asked for).
  const accepted = acceptedIds.length
    ? await readRows(em, Signal, 'select * from signal.signal where id = any(?::uuid[]) order by external_id', [uuidArray(acceptedIds)])
    : [];
  return { accepted, rejected };
}

type Candidates = Map<string, { signal: ValidSignal; hash: string; input: SignalInput }>;

/**
 * One transaction: answers the already stored signals (same payload: accepted, else a conflict),
 * inserts the new ones and enqueues their matching job. Candidates it answered are removed.
 */
async function storeBatch(
  em: EntityManager, partner: PartnerConfig, candidates: Candidates,
  out: { accepted: string[]; rejected: SignalRejection[] }, { clock, config }: Omit<Deps, 'em'>,
): Promise<void> {
  await em.transactional(async (tx) => {
    const ids = [...candidates.keys()];
    // Only what a retry is compared by: no entities to hydrate for a batch that is almost always new.
    const stored = ids.length ? await tx.execute<Array<{ id: string; external_id: string; payload_hash: string }>>(
      `select id, external_id, payload_hash from signal.signal
        where partner_code = ? and external_id in (select jsonb_array_elements_text(?::jsonb))`, [partner.code, JSON.stringify(ids)]) : [];
    for (const existing of stored) {
      const candidate = candidates.get(existing.external_id)!;
      candidates.delete(existing.external_id);
      if (isSameSignal(config.privacy.lookupHashKey, existing.payload_hash, candidate.signal, candidate.input)) out.accepted.push(existing.id);
      else out.rejected.push(conflict(existing.external_id));
    }
    const receivedAt = clock.now();
    const fresh = [...candidates.values()].map(({ signal, hash }) => tx.create(Signal, {
      partnerCode: partner.code, externalId: signal.externalId, partnerType: partner.type,
      municipalityCode: signal.municipalityCode, signalDate: signal.signalDate, arrearsSince: signal.arrearsSince,
      amountEuro: signal.amountEuro, crisis: signal.crisis, warmHandover: signal.warmHandover, receivedAt, payloadHash: hash,
      status: SignalStatus.NOT_YET_PICKED_UP, caseClosed: false,
    }));
    await tx.flush();
    if (fresh.length) {
      const job: MatchSignalsJob = { signals: fresh.map((s) => matchJob(s, candidates.get(s.externalId)!.signal, config)) };
      await enqueueJobs(tx, [{ task: tasks.matchSignals, key: `match:${fresh[0].id}`, payload: job }]);
    }
    out.accepted.push(...fresh.map((s) => s.id));
  });
}

function matchJob(signal: Signal, valid: ValidSignal, config: HubConfig): MatchSignalJob {
  return {
    signalId: signal.id, partnerCode: signal.partnerCode, partnerType: signal.partnerType, municipalityCode: signal.municipalityCode,
    receivedAt: signal.receivedAt.toISOString(), signalDate: signal.signalDate, arrearsSince: signal.arrearsSince,
    amountEuro: signal.amountEuro, crisis: signal.crisis, warmHandover: signal.warmHandover,
    sealedResident: personalDataCipher(config.privacy.personalData).encryptJson(valid.resident),
  };
}

function rejection(externalId: string | undefined, code: string, message: string): SignalRejection {
  return Object.assign(new SignalRejection(), { externalId: externalId ?? '', code, message });
}

function conflict(externalId: string): SignalRejection {
  return rejection(externalId, 'DUPLICATE_CONFLICT', 'This externalId was already used for a different signal');
}
