import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { HubConfig } from '../../../config';
import type { AccessRecord } from '../../shared/access-log';
import { addressKeyText, canonicalSuffix } from '../../shared/address';
import { tasks, type JobSpec } from '../../shared/job-contracts';
import { lockEach } from '../../shared/locks';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { appendToAccessLog } from '../domain/access-log-chain';
import { lookupHash } from '../domain/lookup-hash';
import { isSameResident } from '../domain/same-resident';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { SignalLink } from '../entities/signal-link.entity';

/**
 * Households matched before addresses had one canonical form: gives every household the key of its
 * canonical address and merges those that turn out to be one address into the oldest, residents
 * and signals included (nothing personal is dropped); their cases follow (case.merge_households).
 * Every merge is written to the access log. Idempotent: a second run finds nothing to merge.
 */
export async function mergeAddresses(_job: unknown, { em, config, clock }: JobContext): Promise<void> {
  const households = await em.find(Household, { erasedAt: null, postcode: { $ne: null } }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const groups = new Map<string, Household[]>();
  for (const household of households) {
    const key = canonicalKey(config, household);
    groups.set(key, [...(groups.get(key) ?? []), household]);
  }
  // Matching waits on the same keys (old spelling and canonical), so no signal joins a household being merged.
  await lockEach(em, [...groups.keys(), ...households.map((h) => h.addressKey)].map((key) => `address:${key}`));
  const records: AccessRecord[] = [];
  const jobs: JobSpec[] = [];
  const merged = new Set(await mergedBefore(em));
  const at = clock.now().toISOString();
  const logged = (objectType: string, objectId: string, fields: string[]): AccessRecord => ({
    at, action: 'merge', objectType, objectId, fields, result: 'allowed',
    origin: 'hub', actorSub: tasks.mergeAddresses, actorRole: 'system', purpose: 'address-normalisation', traceId: randomUUID(),
  });
  for (const [keep, ...duplicates] of groups.values()) {
    if (duplicates.length === 0 && !merged.has(keep.id)) continue;
    // A person known under both spellings was two residents: one now (also in households merged by an earlier run).
    for (const [into, from] of await mergeResidents(em, [keep, ...duplicates])) {
      records.push(logged('Resident', into, residentFields), ...from.map((id) => logged('Resident', id, residentFields)));
    }
    if (duplicates.length === 0) continue;
    await absorb(em, keep, duplicates);
    for (const id of [keep.id, ...duplicates.map((d) => d.id)]) records.push(logged('Household', id, ['Household.address', 'Household.residents']));
    jobs.push({ task: tasks.mergeHouseholds, payload: { into: keep.id, from: duplicates.map((d) => d.id) } });
  }
  await em.flush();
  for (const [key, [keep]] of groups) {
    keep.addressKey = key;
    keep.houseNumberSuffix = canonicalSuffix(keep.houseNumberSuffix);
  }
  await em.flush();
  await appendToAccessLog(em, records, config);
  await enqueueJobs(em, jobs);
}

function canonicalKey(config: HubConfig, h: Household): string {
  return lookupHash(config, addressKeyText({ postcode: h.postcode!, houseNumber: Number(h.houseNumber), houseNumberSuffix: h.houseNumberSuffix }));
}

/** Moves residents and signal links of the duplicates to `keep`, fills in what only they knew, and removes them. */
async function absorb(em: EntityManager, keep: Household, duplicates: Household[]): Promise<void> {
  const ids = duplicates.map((d) => d.id);
  await em.nativeUpdate(Resident, { householdId: { $in: ids } }, { householdId: keep.id });
  await em.nativeUpdate(SignalLink, { householdId: { $in: ids } }, { householdId: keep.id });
  await em.execute(
    'insert into household.household_merge (from_id, into_id) select unnest(?::uuid[]), ? on conflict do nothing',
    [`{${ids.join(',')}}`, keep.id],
  );
  for (const duplicate of duplicates) {
    keep.street ??= duplicate.street;
    keep.city ??= duplicate.city;
    em.remove(duplicate);
  }
}

const residentFields = ['Resident.bsn', 'Resident.initials', 'Resident.surnamePrefix', 'Resident.surname', 'Resident.birthDate', 'Resident.phone', 'Resident.email'];

async function mergedBefore(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<Array<{ into_id: string }>>('select distinct into_id from household.household_merge');
  return rows.map((r) => r.into_id);
}

/**
 * Residents of one household that are one person (the same BSN; without a BSN on either side the
 * same name, initials and birth date, as matching decides): the oldest household's resident keeps
 * its id and learns what only the others knew; their signals follow it. Returns kept id → merged ids.
 */
async function mergeResidents(em: EntityManager, households: Household[]): Promise<Map<string, string[]>> {
  const rank = new Map(households.map((h, i) => [h.id, i]));
  const residents = await em.find(Resident, { householdId: { $in: households.map((h) => h.id) } });
  const merged = new Map<string, string[]>();
  const kept: Resident[] = [];
  for (const resident of residents.sort((a, b) => rank.get(a.householdId)! - rank.get(b.householdId)! || a.id.localeCompare(b.id))) {
    const same = kept.find((k) => isSameResident(k, resident));
    if (!same) { kept.push(resident); continue; }
    for (const field of ['bsn', 'bsnHash', 'initials', 'surnamePrefix', 'birthDate', 'phone', 'email'] as const) same[field] ??= resident[field];
    merged.set(same.id, [...(merged.get(same.id) ?? []), resident.id]);
    em.remove(resident);
  }
  for (const [into, from] of merged) {
    await em.nativeUpdate(SignalLink, { residentId: { $in: from } }, { residentId: into });
    await em.execute('insert into household.resident_merge (from_id, into_id) select unnest(?::uuid[]), ? on conflict do nothing', [`{${from.join(',')}}`, into]);
  }
  return merged;
}
