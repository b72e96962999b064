import type { EntityManager } from '@mikro-orm/postgresql';
import { tasks, type AttachSignalJob, type MatchSignalJob, type ResidentData } from '../../shared/job-contracts';
import { personalDataCipher } from '../../shared/personal-data-cipher';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { SignalLink } from '../entities/signal-link.entity';
import { bsnLookup, lookupHash } from '../lookup-hash';

/** Finds or creates the household of the signal's address and its resident. Idempotent per signal. */
export async function matchSignal(job: MatchSignalJob, { em, config }: JobContext): Promise<void> {
  if (await em.findOne(SignalLink, { signalId: job.signalId })) return;
  const input = personalDataCipher(config.privacy.personalData).decryptJson<ResidentData>(job.sealedResident);
  const { address } = input;
  const addressKey = lookupHash(config, `${address.postcode}|${address.houseNumber}|${address.houseNumberSuffix ?? ''}`);
  const household = (await em.findOne(Household, { addressKey })) ?? em.create(Household, {
    municipalityCode: job.municipalityCode, addressKey, postcode: address.postcode, houseNumber: address.houseNumber,
    houseNumberSuffix: address.houseNumberSuffix, createdAt: new Date(job.receivedAt),
  });
  const resident = await findOrCreateResident(em, household, input, input.bsn ? bsnLookup(config, input.bsn) : undefined);
  em.create(SignalLink, { signalId: job.signalId, householdId: household.id, residentId: resident.id });
  await em.flush();
  const { sealedResident: _personal, ...signal } = job;
  const next: AttachSignalJob = { ...signal, householdId: household.id };
  await enqueueJobs(em, [{ task: tasks.attachSignal, key: `attach:${job.signalId}`, payload: next }]);
}

async function findOrCreateResident(em: EntityManager, household: Household, input: ResidentData, bsnHash?: string): Promise<Resident> {
  const sameName = (r: Resident) => r.surname.toLowerCase() === input.surname.toLowerCase()
    && (!r.birthDate || !input.birthDate || r.birthDate === input.birthDate)
    && (!r.initials || !input.initials || r.initials.toUpperCase() === input.initials.toUpperCase());
  const residents = await em.find(Resident, { householdId: household.id });
  const known = residents.find((r) => (bsnHash && r.bsnHash === bsnHash) || (!bsnHash || !r.bsnHash) && sameName(r));
  const contact = {
    bsn: input.bsn, bsnHash, initials: input.initials, surnamePrefix: input.surnamePrefix, surname: input.surname,
    birthDate: input.birthDate, phone: input.phone, email: input.email,
  };
  if (!known) return em.create(Resident, { householdId: household.id, municipalityCode: household.municipalityCode, ...contact });
  // The newest signal carries the newest contact data; keep what it does not mention.
  for (const [field, value] of Object.entries(contact)) if (value !== undefined) (known as any)[field] = value;
  return known;
}
