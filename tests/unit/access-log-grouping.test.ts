import fc from 'fast-check';
import type { AccessRecord } from '../../subgraphs/shared/access-log';
import { groupByObject } from '../../subgraphs/household/domain/access-log-grouping';

/** Records as the subgraphs write them, from a small alphabet so that many share all but their object. */
const aRecord: fc.Arbitrary<AccessRecord> = fc.record({
  at: fc.integer({ min: 0, max: 999 }).map((ms) => new Date(Date.UTC(2026, 11, 2, 9, 0, 0, ms)).toISOString()),
  action: fc.constantFrom('read', 'export'),
  objectType: fc.constantFrom('Resident', 'Household'),
  objectId: fc.constantFrom('r1', 'r2', 'r3', 'h1', 'h2'),
  fields: fc.constantFrom(['Resident.surname'], ['Resident.surname', 'Resident.phone'], ['Household.address']),
  result: fc.constantFrom('allowed' as const, 'denied' as const),
  origin: fc.constant('127.0.0.1'),
  actorSub: fc.constantFrom('consultant-ommen', 'privacy-officer'),
  actorRole: fc.constantFrom('consultant', 'privacy_officer'),
  purpose: fc.constantFrom('casework', 'warm-handover'),
  traceId: fc.constantFrom('trace-1', 'trace-2'),
});

/** Every (what, whose, result, who, why, which request) an access list says, one line each. */
const accesses = (records: Array<Omit<AccessRecord, 'objectId'> & { objectIds: string[] }>) => new Set(records.flatMap((r) =>
  r.objectIds.flatMap((id) => r.fields.map((f) => JSON.stringify([r.action, r.objectType, id, f, r.result, r.actorSub, r.actorRole, r.purpose, r.traceId, r.origin])))));

describe('access-log records as stored', () => {
  it('say every access of the batch and no other, store a refusal one object per record, and time a record at its first access', () => {
    fc.assert(fc.property(fc.array(aRecord, { maxLength: 40 }), (records) => {
      const stored = groupByObject(records);
      expect(accesses(stored)).toEqual(accesses(records.map(({ objectId, ...r }) => ({ ...r, objectIds: [objectId] }))));
      for (const record of stored) {
        if (record.result === 'denied') expect(record.objectIds).toHaveLength(1);
        expect(new Set(record.objectIds).size).toBe(record.objectIds.length);
        const own = records.filter((r) => r.traceId === record.traceId && r.objectType === record.objectType && record.objectIds.includes(r.objectId)
          && r.result === record.result && r.action === record.action && JSON.stringify(r.fields) === JSON.stringify(record.fields)
          && r.actorSub === record.actorSub && r.purpose === record.purpose && r.actorRole === record.actorRole);
        // A refusal keeps its own time; a record of several accesses is timed at the first.
        if (record.result === 'denied') expect(own.map((r) => r.at)).toContain(record.at);
        else expect(record.at).toBe(own.map((r) => r.at).sort()[0]);
      }
    }), { numRuns: 500 });
  });

  it("store a page's reads of one kind in one request as one record naming every object", () => {
    const read = (objectId: string, at: string): AccessRecord => ({
      at, action: 'read', objectType: 'Resident', objectId, fields: ['Resident.surname', 'Resident.phone'], result: 'allowed',
      origin: '127.0.0.1', actorSub: 'consultant-ommen', actorRole: 'consultant', purpose: 'casework', traceId: 'trace-1',
    });
    const page = Array.from({ length: 50 }, (_, i) => read(`resident-${i}`, `2026-12-02T09:00:00.${String(50 - i).padStart(3, '0')}Z`));
    const stored = groupByObject([...page, read('resident-7', '2026-12-02T09:00:01.000Z'), { ...read('resident-0', '2026-12-02T09:00:00.000Z'), traceId: 'trace-2' }]);
    expect(stored.map((r) => [r.traceId, r.objectIds.length, r.at])).toEqual([
      ['trace-1', 50, '2026-12-02T09:00:00.001Z'],
      ['trace-2', 1, '2026-12-02T09:00:00.000Z'],
    ]);
  });
});
