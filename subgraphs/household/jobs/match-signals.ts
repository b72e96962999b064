import type { HubConfig } from '../../../config';
import { tasks, type AttachSignalsJob, type MatchSignalJob, type MatchSignalsJob, type ResidentData } from '../../shared/job-contracts';
import { personalDataCipher } from '../../shared/personal-data-cipher';
import { lockEach } from '../../shared/locks';
import { enqueueJobs } from '../../shared/outbox';
import { uuidArray } from '../../shared/batch-loader';
import { insertRows } from '../../shared/write-rows';
import type { JobContext } from '../../shared/worker';
import { SignalLink } from '../entities/signal-link.entity';
import { bsnLookup, lookupHash } from '../domain/lookup-hash';
import { MatchBatch } from '../domain/match-batch';
import { addressKeyText, canonicalSuffix } from '../../shared/address';

interface Pending { job: MatchSignalJob; input: ResidentData; addressKey: string }

/**
 * Finds or creates the household of each signal's address and its resident, for a whole batch
 * with a few statements whatever its size. Idempotent per signal: a signal already linked is
 * passed over.
 */
export async function matchSignals({ signals }: MatchSignalsJob, { em, config }: JobContext): Promise<void> {
  const ids = [...new Set(signals.map((s) => s.signalId))];
  const linked = new Set((await em.execute<Array<{ signal_id: string }>>(
    'select signal_id from household.signal_link where signal_id = any(?::uuid[])', [uuidArray(ids)])).map((l) => l.signal_id));
  const pending = signals.filter((s) => !linked.has(s.signalId) && linked.add(s.signalId)).map((job) => unseal(job, config));
  if (pending.length === 0) return;
  // Batches that share an address would race to create its household or resident: they wait for
  // each other per address; batches of other addresses go on at the same time.
  await lockEach(em, pending.map((p) => `address:${p.addressKey}`));
  const batch = await MatchBatch.load(em, pending.map((p) => p.addressKey));
  const links: Array<Partial<SignalLink>> = [];
  const attach: AttachSignalsJob = { signals: [] };
  for (const { job, input, addressKey } of pending) {
    const { address } = input;
    const household = batch.household(addressKey, {
      municipalityCode: job.municipalityCode, postcode: address.postcode, houseNumber: address.houseNumber,
      houseNumberSuffix: canonicalSuffix(address.houseNumberSuffix), street: address.street, city: address.city, createdAt: new Date(job.receivedAt),
    });
    // The newest signal that names the street or city knows them best; one that does not keeps what is known.
    household.set({ street: address.street || undefined, city: address.city || undefined });
    const resident = household.resident({
      bsn: input.bsn, bsnHash: input.bsn ? bsnLookup(config, input.bsn) : undefined, initials: input.initials, surnamePrefix: input.surnamePrefix,
      surname: input.surname, birthDate: input.birthDate, phone: input.phone, email: input.email,
    });
    links.push({ signalId: job.signalId, householdId: household.id, residentId: resident.id });
    const { sealedResident: _personal, ...facts } = job;
    attach.signals.push({ ...facts, householdId: household.id });
  }
  await batch.write(em);
  await insertRows(em, SignalLink, links);
  await enqueueJobs(em, [{ task: tasks.attachSignals, key: `attach:${attach.signals[0].signalId}`, payload: attach }]);
}

function unseal(job: MatchSignalJob, config: HubConfig): Pending {
  const input = personalDataCipher(config.privacy.personalData).decryptJson<ResidentData>(job.sealedResident);
  return { job, input, addressKey: lookupHash(config, addressKeyText(input.address)) };
}
