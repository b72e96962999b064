import { batchLoader, isUuid, perRequest, uuidArray } from '../../shared/batch-loader';
import { readRows } from '../../shared/read-rows';
import type { SubgraphContext } from '../../shared/context';
import { Household } from '../entities/household.entity';

const householdsById = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
  const rows = await readRows(ctx.em, Household, 'select * from household.household where id = any(?::uuid[])', [uuidArray(ids.filter(isUuid))]);
  return new Map(rows.map((h) => [h.id, h]));
}));

export const householdReference = {
  __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => householdsById(ctx)(ref.id),
};
