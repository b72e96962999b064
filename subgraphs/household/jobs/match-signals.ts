import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import { tasks, type AttachSignalsJob, type MatchSignalJob, type MatchSignalsJob, type ResidentData } from '../../shared/job-contracts';
import { personalDataCipher } from '../../shared/personal-data-cipher';
import { lockEach } from '../../shared/locks';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { SignalLink } from '../entities/signal-link.entity';
import { bsnLookup, lookupHash } from '../domain/lookup-hash';
import { addressKeyText, canonicalSuffix } from '../../shared/address';
import { isSameResident } from '../domain/same-resident';

interface Pending { job: MatchSignalJob; input: ResidentData; addressKey: string }

/**
 * Finds or creates the household of each signal's address and its resident, for a whole batch
 * with a few queries. Idempotent per signal: a signal already linked is passed over.
 */
export async function matchSignals({ signals }: MatchSignalsJob, { em, config }: JobContext): Promise<void> {
  const linked = new Set((await em.find(SignalLink, { signalId: { $in: signals.map((s) => s.signalId) } })).map((l) => l.signalId));
  const pending = signals.filter((s) => !linked.has(s.signalId)).map((job) => unseal(job, config));
  if (pending.length === 0) return;
  // Batches that share an address would race to create its household or resident: they wait for
  // each other per address; batches of other addresses go on at the same time.
  await lockEach(em, pending.map((p) => `address:${p.addressKey}`));
  const households = new Map((await em.find(Household, { addressKey: { $in: pending.map((p) => p.addressKey) } })).map((h) => [h.addressKey, h]));
  const residents = await residentsByHousehold(em, [...households.values()].map((h) => h.id));
  const attach: AttachSignalsJob = { signals: [] };
  for (const { job, input, addressKey } of pending) {
    const household = households.get(addressKey) ?? newHousehold(em, job, input, addressKey);
    // The newest signal that names the street or city knows them best; one that does not keeps what is known.
    if (input.address.street) household.street = input.address.street;
    if (input.address.city) household.city = input.address.city;
    households.set(addressKey, household);
    const resident = findOrCreateResident(em, household, residents, input, input.bsn ? bsnLookup(config, input.bsn) : undefined);
    em.create(SignalLink, { signalId: job.signalId, householdId: household.id, residentId: resident.id });
    const { sealedResident: _personal, ...facts } = job;
    attach.signals.push({ ...facts, householdId: household.id });
  }
  await em.flush();
  await enqueueJobs(em, [{ task: tasks.attachSignals, key: `attach:${attach.signals[0].signalId}`, payload: attach }]);
}

function unseal(job: MatchSignalJob, config: HubConfig): Pending {
  const input = personalDataCipher(config.privacy.personalData).decryptJson<ResidentData>(job.sealedResident);
  const { address } = input;
  return { job, input, addressKey: lookupHash(config, addressKeyText(address)) };
}

function newHousehold(em: EntityManager, job: MatchSignalJob, input: ResidentData, addressKey: string): Household {
  const { address } = input;
  return em.create(Household, {
    municipalityCode: job.municipalityCode, addressKey, postcode: address.postcode, houseNumber: address.houseNumber,
    houseNumberSuffix: canonicalSuffix(address.houseNumberSuffix), street: address.street, city: address.city, createdAt: new Date(job.receivedAt),
  });
}

async function residentsByHousehold(em: EntityManager, householdIds: string[]): Promise<Map<string, Resident[]>> {
  const map = new Map<string, Resident[]>();
  for (const resident of householdIds.length ? await em.find(Resident, { householdId: { $in: householdIds } }) : []) {
    map.set(resident.householdId, [...(map.get(resident.householdId) ?? []), resident]);
  }
  return map;
}

function findOrCreateResident(em: EntityManager, household: Household, byHousehold: Map<string, Resident[]>, input: ResidentData, bsnHash?: string): Resident {
  const residents = byHousehold.get(household.id) ?? [];
  const known = residents.find((r) => isSameResident(r, { ...input, bsnHash }));
  const contact = {
    bsn: input.bsn, bsnHash, initials: input.initials, surnamePrefix: input.surnamePrefix, surname: input.surname,
    birthDate: input.birthDate, phone: input.phone, email: input.email,
  };
  if (known) {
    // The newest signal carries the newest contact data; keep what it does not mention.
    for (const [field, value] of Object.entries(contact)) if (value !== undefined) (known as any)[field] = value;
    return known;
  }
  const created = em.create(Resident, { householdId: household.id, municipalityCode: household.municipalityCode, ...contact });
  byHousehold.set(household.id, [...residents, created]);
  return created;
}
