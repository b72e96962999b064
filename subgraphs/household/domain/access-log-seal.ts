import { createHash, createHmac } from 'node:crypto';
import type { AccessRecord } from '../../shared/access-log';

export const genesisHash = '0'.repeat(64);

/** A record as stored since object_ids: accesses that differ only in their object, under one MAC. */
export interface StoredAccessRecord extends Omit<AccessRecord, 'objectId'> { objectIds: string[] }

function content(r: AccessRecord): unknown[] {
  return [r.at, r.action, r.objectType, r.objectId, r.fields, r.result, r.origin, r.actorSub, r.actorRole, r.purpose, r.traceId];
}

function storedContent(r: StoredAccessRecord): unknown[] {
  return [r.at, r.action, r.objectType, r.objectIds, r.fields, r.result, r.origin, r.actorSub, r.actorRole, r.purpose, r.traceId];
}

/**
 * A record's MAC covers its position, the previous record's MAC and every column of its own, keyed
 * with ACCESS_LOG_MAC_KEY, which the database never holds: whoever can write the table cannot
 * recompute the chain after changing, inserting or removing a record. Records with one object
 * (`object_id`, written before object_ids) are v2; records with `object_ids` are v3, so moving a
 * record from one form to the other breaks its MAC too.
 */
export function chainMac(key: string, prevMac: string, seq: string, r: AccessRecord | StoredAccessRecord): string {
  const [version, fields] = 'objectIds' in r ? ['v3', storedContent(r)] : ['v2', content(r)];
  return createHmac('sha256', key).update(`${version}\n${seq}\n${prevMac}\n${JSON.stringify(fields)}`).digest('hex');
}

/** The unkeyed SHA-256 link of records written before the keyed chain; checked only up to the first keyed record. */
export function legacyChainHash(prevHash: string, r: AccessRecord): string {
  return createHash('sha256').update(`${prevHash}\n${JSON.stringify(content(r))}`).digest('hex');
}
