import { batchLoader, isUuid, perRequest } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { Household } from '../entities/household.entity';

const householdsById = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
  const rows = await ctx.em.find(Household, { id: { $in: ids.filter(isUuid) } });
  return new Map(rows.map((h) => [h.id, h]));
}));

export const householdReference = {
  __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => householdsById(ctx)(ref.id),
};
