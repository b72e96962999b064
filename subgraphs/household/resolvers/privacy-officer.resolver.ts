import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { isUuid } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { badInput } from '../../shared/errors';
import { Resident } from '../entities/resident.entity';
import { bsnLookup } from '../domain/lookup-hash';
import { Consultation } from './consultation.type';
import { consultationsOf } from './consultations';
import { AccessRefusal } from './access-refusal.type';
import { refusalsOf } from './access-refusals';

/**
 * What the privacy officer may do: find a resident by BSN (only the id comes back; every
 * personal field stays FORBIDDEN) and list every consultation of that resident's data.
 * Both are themselves logged against the resident.
 */
@Resolver()
export class PrivacyOfficerResolver {
  @Query(() => [Resident], { description: 'Residents with this BSN (privacy officer; only their ids are readable)' })
  async findResidents(@Arg('bsn', () => String) bsn: string, @Ctx() ctx: SubgraphContext): Promise<Resident[]> {
    if (!/^\d{9}$/.test(bsn)) throw badInput('A BSN is nine digits');
    const residents = await ctx.em.find(Resident, { bsnHash: bsnLookup(ctx.config, bsn) });
    for (const resident of residents) ctx.accessLog?.record('lookup', 'Resident', resident.id, 'Resident.bsn', true);
    return residents;
  }

  @Query(() => [Consultation], { description: "Every consultation of a resident's data and of their household, oldest first (privacy officer)" })
  async residentConsultations(@Arg('residentId', () => ID) residentId: string, @Ctx() ctx: SubgraphContext): Promise<Consultation[]> {
    if (!isUuid(residentId)) return [];
    const resident = await ctx.em.findOne(Resident, { id: residentId });
    if (!resident) return [];
    ctx.accessLog?.record('consultations', 'Resident', resident.id, 'Query.residentConsultations', true);
    return consultationsOf(ctx, resident);
  }

  @Query(() => [AccessRefusal], { description: 'Every refused access with from <= at < to, oldest first (privacy officer; at most 1000 a page)' })
  async accessRefusals(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('after', () => ID, { nullable: true }) after?: string,
  ): Promise<AccessRefusal[]> {
    const refusals = await refusalsOf(ctx, from, to, first, after);
    ctx.accessLog?.record('refusals', 'AccessLog', `${from.toISOString()}..${to.toISOString()}`, 'Query.accessRefusals', true);
    return refusals;
  }
}
