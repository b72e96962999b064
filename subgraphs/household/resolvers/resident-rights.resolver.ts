import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { isUuid } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { notFound } from '../../shared/errors';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { SignalLink } from '../entities/signal-link.entity';
import { eraseResident } from '../domain/erasure';
import { consultationsOf } from './consultations';
import { ErasureReceipt, ResidentRecord } from './resident-record.type';

/** A resident's rights, exercised through the privacy officer: access (GDPR art. 15) and erasure (art. 17). */
@Resolver()
export class ResidentRightsResolver {
  @Query(() => ResidentRecord, {
    nullable: true,
    description: 'Everything stored about one resident. Personal fields resolve only with X-Purpose: access-request (logged).',
  })
  async residentRecord(@Arg('residentId', () => ID) residentId: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRecord | null> {
    const resident = isUuid(residentId) ? await ctx.em.findOne(Resident, { id: residentId }) : null;
    if (!resident) return null;
    const household = await ctx.em.findOneOrFail(Household, { id: resident.householdId });
    const links = await ctx.em.find(SignalLink, { residentId: resident.id });
    ctx.accessLog?.record('export', 'Resident', resident.id, 'Query.residentRecord', true);
    return { resident, household, signals: links.map((l) => ({ id: l.signalId })), consultations: await consultationsOf(ctx, resident) };
  }

  @Mutation(() => ErasureReceipt, { description: "Erase one resident's personal data on request; the last resident takes the address and case notes along" })
  async eraseResident(@Arg('residentId', () => ID) residentId: string, @Ctx() ctx: SubgraphContext): Promise<ErasureReceipt> {
    const resident = isUuid(residentId) ? await ctx.em.findOne(Resident, { id: residentId }) : null;
    if (!resident) throw notFound('No resident with this id');
    const householdErased = await ctx.em.transactional((em) => eraseResident(em, resident, ctx.clock.now()));
    ctx.accessLog?.record('erase', 'Resident', resident.id, 'Mutation.eraseResident', true);
    return { residentId: resident.id, householdErased, erasedAt: ctx.clock.now() };
  }
}
