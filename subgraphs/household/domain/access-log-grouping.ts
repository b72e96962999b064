import type { AccessRecord } from '../../shared/access-log';
import type { StoredAccessRecord } from './access-log-seal';

/**
 * The records of a batch as they are stored: accesses of one request (one trace, actor, purpose,
 * action, type, field list) that differ only in their object become one record naming all of
 * them, timed at the first of them. A queue page of 25 addresses and 50 residents is 2 records,
 * not 75: the log's cost per page no longer grows with the page. Refusals stay one record per
 * object, so each can be listed, and paged, on its own.
 */
export function groupByObject(records: AccessRecord[]): StoredAccessRecord[] {
  const groups = new Map<string, { record: StoredAccessRecord; ids: Set<string> }>();
  const stored: StoredAccessRecord[] = [];
  for (const { objectId, ...rest } of records) {
    const key = rest.result === 'allowed'
      ? JSON.stringify([rest.traceId, rest.action, rest.objectType, rest.fields, rest.origin, rest.actorSub, rest.actorRole, rest.purpose])
      : undefined;
    const group = key === undefined ? undefined : groups.get(key);
    if (group) {
      if (!group.ids.has(objectId)) { group.ids.add(objectId); group.record.objectIds.push(objectId); }
      // ISO timestamps of one clock compare as text.
      if (rest.at < group.record.at) group.record.at = rest.at;
      continue;
    }
    const record = { ...rest, fields: [...rest.fields], objectIds: [objectId] };
    if (key !== undefined) groups.set(key, { record, ids: new Set([objectId]) });
    stored.push(record);
  }
  return stored;
}
