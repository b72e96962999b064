import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../shared/batch-loader';
import { readRows } from '../../shared/read-rows';
import { insertRows, updateRows } from '../../shared/write-rows';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { isSameResident, type ResidentIdentity } from './same-resident';

const contactFields = ['bsn', 'bsnHash', 'initials', 'surnamePrefix', 'surname', 'birthDate', 'phone', 'email'] as const;
export type Contact = Partial<Pick<Resident, (typeof contactFields)[number]>>;
type Row = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A row as a batch leaves it: what is stored (nothing for a new one) and what the batch changes. */
class Draft<T extends object> {
  readonly changes: Row = {};

  constructor(readonly id: string, private readonly stored?: T) {}

  get<K extends keyof T & string>(field: K): T[K] | undefined {
    return (field in this.changes ? this.changes[field] : (this.stored as Row | undefined)?.[field] ?? undefined) as T[K] | undefined;
  }

  /** Sets each given value (undefined: keep what is known); only a value that differs is a change. */
  set(values: Row): void {
    for (const [field, value] of Object.entries(values)) if (value !== undefined && !same(value, this.get(field as keyof T & string))) this.changes[field] = value;
  }

  get isNew(): boolean { return !this.stored; }
}

export class HouseholdDraft extends Draft<Household> {
  constructor(id: string, readonly municipalityCode: string, readonly residents: Array<Draft<Resident>>, stored?: Household) {
    super(id, stored);
  }

  /** The resident these data describe (DOMAIN.md "Matching"), updated with them, or a new one. */
  resident(contact: Contact): Draft<Resident> {
    const identity = (r: Draft<Resident>): ResidentIdentity => ({ bsnHash: r.get('bsnHash'), surname: r.get('surname'), birthDate: r.get('birthDate'), initials: r.get('initials') });
    let known = this.residents.find((r) => isSameResident(identity(r), contact));
    if (!known) this.residents.push((known = new Draft<Resident>(randomUUID())));
    // The newest signal carries the newest contact data; keep what it does not mention.
    known.set(Object.fromEntries(contactFields.map((f) => [f, contact[f]])));
    return known;
  }
}

/**
 * The households of a batch's addresses and their residents, read with two queries, matched in
 * memory (a later signal sees what an earlier one created or changed) and written with one
 * statement per table and kind of change. Values are decrypted only where matching compares them.
 */
export class MatchBatch {
  private constructor(private readonly byAddress: Map<string, HouseholdDraft>) {}

  static async load(em: EntityManager, addressKeys: string[]): Promise<MatchBatch> {
    const households = await readRows(em, Household, 'select * from household.household where address_key = any(?::text[])', [`{${[...new Set(addressKeys)].join(',')}}`]);
    const residents = households.length
      ? await readRows(em, Resident, 'select * from household.resident where household_id = any(?::uuid[]) order by id', [uuidArray(households.map((h) => h.id))])
      : [];
    return new MatchBatch(new Map(households.map((h) => [h.addressKey, new HouseholdDraft(h.id, h.municipalityCode,
      residents.filter((r) => r.householdId === h.id).map((r) => new Draft<Resident>(r.id, r)), h)])));
  }

  /** The household at this address, or a new one with these values. */
  household(addressKey: string, created: Omit<Household, 'id' | 'addressKey'>): HouseholdDraft {
    let household = this.byAddress.get(addressKey);
    if (!household) {
      household = new HouseholdDraft(randomUUID(), created.municipalityCode, []);
      household.set({ ...created, addressKey });
      this.byAddress.set(addressKey, household);
    }
    return household;
  }

  async write(em: EntityManager): Promise<void> {
    const households = [...this.byAddress.values()];
    await insertRows(em, Household, households.filter((h) => h.isNew).map((h) => ({ id: h.id, ...h.changes })));
    await updateRows(em, Household, households.filter((h) => !h.isNew && Object.keys(h.changes).length).map((h) => ({ id: h.id, ...h.changes })));
    const residents = households.flatMap((h) => h.residents.map((r) => ({ household: h, resident: r })));
    await insertRows(em, Resident, residents.filter(({ resident }) => resident.isNew)
      .map(({ household, resident }) => ({ id: resident.id, householdId: household.id, municipalityCode: household.municipalityCode, ...resident.changes })));
    await updateRows(em, Resident, residents.filter(({ resident }) => !resident.isNew && Object.keys(resident.changes).length)
      .map(({ resident }) => ({ id: resident.id, ...resident.changes })));
  }
}
