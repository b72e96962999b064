import { batchLoader, isUuid, perRequest } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { Signal } from '../entities/signal.entity';

const signalsById = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
  const rows = await ctx.em.find(Signal, { id: { $in: ids.filter(isUuid) } });
  return new Map(rows.map((s) => [s.id, s]));
}));

export const signalReference = {
  __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => signalsById(ctx)(ref.id),
};
