import { batchLoader, isUuid, perRequest, uuidArray } from '../../shared/batch-loader';
import { readRows } from '../../shared/read-rows';
import type { SubgraphContext } from '../../shared/context';
import { Signal } from '../entities/signal.entity';

const signalsById = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
  const rows = await readRows(ctx.em, Signal, 'select * from signal.signal where id = any(?::uuid[])', [uuidArray(ids.filter(isUuid))]);
  return new Map(rows.map((s) => [s.id, s]));
}));

export const signalReference = {
  __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => signalsById(ctx)(ref.id),
};
