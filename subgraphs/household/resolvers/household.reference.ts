import type { GraphQLResolveInfo } from 'graphql';
import { batchLoader, isUuid, perRequest, uuidArray } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { asEntities } from '../../shared/read-rows';
import type { EntityRef } from '../../shared/reference';
import { requestsAnyField } from '../../shared/requested-fields';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { householdResidents } from './household-residents';

const households = 'select * from household.household where id = any(?::uuid[])';
// Each household's residents as one JSON array of their rows, in the same statement.
const householdsWithResidents = `select h.*, coalesce((select json_agg(r) from household.resident r where r.household_id = h.id), '[]') as residents
  from household.household h where h.id = any(?::uuid[])`;

/**
 * `__resolveReference` of Household: the households of one request in one statement, and when
 * the query asks for their residents (a consultant's queue page does), the residents in that same
 * statement: a page is one statement here, not one for the households and one for their residents.
 */
const householdsOf = perRequest((ctx: SubgraphContext) => {
  let withResidents = false;
  const load = batchLoader(async (ids: string[]) => {
    const sql = withResidents ? householdsWithResidents : households;
    const rows = await ctx.em.getConnection().execute<Array<Record<string, unknown>>>(sql, [uuidArray(ids.filter(isUuid))]);
    const found = asEntities(ctx.em, Household, rows);
    if (withResidents) householdResidents.prime(ctx, found.map((household, i) => [household.id, asEntities(ctx.em, Resident, rows[i].residents as Array<Record<string, unknown>>)]));
    return new Map(found.map((household) => [household.id, household]));
  });
  return (id: string, info: GraphQLResolveInfo) => {
    withResidents ||= requestsAnyField(info, ['residents']);
    return load(id);
  };
});

export const householdReference = {
  __resolveReference: (ref: EntityRef, ctx: SubgraphContext, info: GraphQLResolveInfo) => householdsOf(ctx)(ref.id, info),
};
