import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import { logger } from '../../server/logger';
import type { SubgraphContext } from './context';

/** One access-log record (BIO2 8.15.01): who did what to which object, with what result, from where, why. */
export interface AccessRecord {
  at: string;
  action: string;
  objectType: string;
  objectId: string;
  fields: string[];
  result: 'allowed' | 'denied';
  origin: string;
  actorSub: string;
  actorRole: string;
  purpose: string;
  traceId: string;
}

/** Where a subgraph's records go: the household subgraph appends them to its hash-chained table. */
export type AccessLogSink = (records: AccessRecord[], ctx: SubgraphContext) => Promise<void>;

/** Collects the accesses of one request; written once, at its end (one batch per request). */
export class AccessCollector {
  private readonly byObject = new Map<string, AccessRecord>();

  constructor(private readonly ctx: Pick<SubgraphContext, 'viewer' | 'origin' | 'purpose' | 'traceId' | 'clock'>) {}

  record(action: string, objectType: string, objectId: string, field: string, allowed: boolean): void {
    const result = allowed ? 'allowed' : 'denied';
    const key = `${action}|${objectType}|${objectId}|${result}`;
    const existing = this.byObject.get(key);
    if (existing) {
      if (!existing.fields.includes(field)) existing.fields.push(field);
      return;
    }
    const { viewer, origin, purpose, traceId, clock } = this.ctx;
    this.byObject.set(key, {
      at: clock.now().toISOString(), action, objectType, objectId, fields: [field], result, origin,
      actorSub: viewer.sub, actorRole: viewer.role, purpose, traceId,
    });
  }

  /** A personal field was (or was not) resolved for this parent object. */
  recordField(parent: unknown, info: GraphQLResolveInfo, allowed: boolean): void {
    const { type, id } = objectOf(info.parentType.name, typeof parent === 'object' ? (parent as LoggedParent) : undefined);
    this.record('read', type, id, `${info.parentType.name}.${info.fieldName}`, allowed);
  }

  take(): AccessRecord[] {
    const records = [...this.byObject.values()];
    this.byObject.clear();
    return records;
  }
}

/**
 * Whose data a parent value holds, so that every access appears among that resident's
 * consultations (GDPR art. 15): a resident is themselves; anything else that carries a
 * `residentId` (a signal's resident) or a `householdId` (an address, a case, its notes and
 * attempts) counts against that resident or household.
 */
type LoggedParent = { id?: unknown; residentId?: unknown; householdId?: unknown } | null | undefined;

function objectOf(typeName: string, parent: LoggedParent): { type: string; id: string } {
  if (typeName === 'Resident' && parent?.id) return { type: 'Resident', id: String(parent.id) };
  if (parent?.residentId) return { type: 'Resident', id: String(parent.residentId) };
  if (parent?.householdId) return { type: 'Household', id: String(parent.householdId) };
  if (parent?.id) return { type: typeName, id: String(parent.id) };
  return { type: typeName, id: 'unknown' };
}

/**
 * Writes the request's records before the response leaves. If they cannot be written, the
 * response carries no data: personal data is never shown without a log line.
 */
export function accessLogPlugin(sink: AccessLogSink): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const records = contextValue.accessLog?.take() ?? [];
          if (records.length === 0) return;
          try {
            await sink(records, contextValue);
          } catch (error) {
            logger({ service: 'access-log' }).error({ err: error }, 'could not write the access log');
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
          }
        },
      };
    },
  };
}
