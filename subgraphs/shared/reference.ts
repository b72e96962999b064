import { batchLoader, isUuid, perRequest } from './batch-loader';
import type { SubgraphContext } from './context';

export interface EntityRef { id: string }

/**
 * `__resolveReference` of an entity this subgraph owns: the representations the gateway sends in
 * one request are loaded together, with one call of `load` for the ids that can exist (UUIDs).
 */
export function referenceById<T extends EntityRef>(load: (ctx: SubgraphContext, ids: string[]) => Promise<T[]>) {
  const byId = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
    const rows = await load(ctx, ids.filter(isUuid));
    return new Map(rows.map((row) => [row.id, row]));
  }));
  return { __resolveReference: (ref: EntityRef, ctx: SubgraphContext) => byId(ctx)(ref.id) };
}

/**
 * `__resolveReference` of an entity owned elsewhere, to which this subgraph only adds fields: the
 * id is all it needs, and nothing else in a representation is trusted (it could say anything).
 */
export const stubReference = { __resolveReference: (ref: EntityRef) => ({ id: ref.id }) };
