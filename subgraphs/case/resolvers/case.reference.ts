import { batchLoader, isUuid, perRequest } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { Case } from '../entities/case.entity';

const casesById = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
  const rows = await ctx.em.find(Case, { id: { $in: ids.filter(isUuid) } });
  return new Map(rows.map((c) => [c.id, c]));
}));

export const caseReferences = {
  Case: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => casesById(ctx)(ref.id) },
  Signal: { __resolveReference: (ref: { id: string }) => ref },
  Household: { __resolveReference: (ref: { id: string }) => ref },
};
